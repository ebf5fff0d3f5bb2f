using Nextfunc.Tests.Shared.HostProxying;

namespace Nextfunc.FunctionApp.Tests.Harness;

/// <summary>
/// What the host's <c>DefaultHttpWorkerService</c> sends a custom handler with <c>enableForwardingHttpRequest</c> (the
/// setting functions-layout writes): a rebuilt request with the client's headers, Host included
/// (<see cref="HostForwarding.Copy"/>), and the invocation id and host version added.
/// </summary>
public sealed class InvocationHeadersTransformer(string invocationId) : HostForwardingTransformer(
[
    new("X-Azure-Functions-InvocationId", invocationId),
    new("X-Azure-Functions-HostVersion", HostVersion),
    new("x-ms-invocation-id", invocationId),
], HostForwarding.Copy)
{
    /// <summary>The host version the model claims.</summary>
    public const string HostVersion = "4.0.0.0-model";
}
