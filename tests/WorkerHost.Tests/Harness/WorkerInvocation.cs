using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// One invocation the host sent the worker and how the worker reported it. The HTTP answer and the
/// invocation result are separate channels: a function that throws can still have answered the HTTP
/// request (often 200 with an empty body), so tests check both.
/// </summary>
/// <param name="FunctionName">The function the host routed the request to.</param>
/// <param name="InvocationId">The id sent in the InvocationRequest and as <c>x-ms-invocation-id</c>.</param>
/// <param name="Status">The InvocationResponse status (Failure when no response came).</param>
/// <param name="Exception">The worker's exception message, or the host's reason when no response came; null on success.</param>
/// <param name="HttpStatus">The status code the client got (set by the worker, or by the forwarder on a proxy error).</param>
public sealed record WorkerInvocation(string FunctionName, string InvocationId, StatusResult.Types.Status Status, string? Exception, int HttpStatus);
