namespace Nextfunc.FunctionApp.Tests.Harness;

/// <summary>One request the model received: which function it went to (null: the host's own 404) and the invocation id it sent.</summary>
/// <param name="Method">The request method.</param>
/// <param name="Path">The request path.</param>
/// <param name="Function">The function name, or null when nothing matched.</param>
/// <param name="InvocationId">The id sent as <c>X-Azure-Functions-InvocationId</c> / <c>x-ms-invocation-id</c>.</param>
public sealed record HostInvocation(string Method, string Path, string? Function, string? InvocationId);
