using Nextfunc.Tests.Shared.HostProxying;

namespace Nextfunc.FunctionApp.Tests.Harness;

/// <summary>
/// What the host's <c>DefaultHttpProxyService</c> adds to a request proxied to a custom handler: the
/// invocation id (twice, under both names) and the host version. Everything else (raw target kept, headers
/// copied) is <see cref="HostForwardingTransformer"/>; the host's exact transform for custom handlers is unconfirmed.
/// </summary>
public sealed class InvocationHeadersTransformer(string invocationId) : HostForwardingTransformer(
[
    new("X-Azure-Functions-InvocationId", invocationId),
    new("X-Azure-Functions-HostVersion", HostVersion),
    new("x-ms-invocation-id", invocationId),
])
{
    /// <summary>The host version the model claims.</summary>
    public const string HostVersion = "4.0.0.0-model";
}
