using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Serverless.FunctionApp.Tests.Harness;

/// <summary>
/// What the host's <c>DefaultHttpProxyService</c> adds to a proxied request: the invocation id (twice, under
/// both names) and the host version. Everything else is YARP's default transform: path and query kept,
/// headers copied, the Host header set to the destination (the host's exact transform is unconfirmed).
/// The path is forwarded exactly as the client sent it (the raw request target): ASP.NET Core's
/// decoded <c>Request.Path</c> would turn <c>m%65</c> into <c>me</c> and re-escape <c>%2F</c>, and
/// Next.js routing depends on the raw path.
/// </summary>
public sealed class InvocationHeadersTransformer(string invocationId) : HttpTransformer
{
    /// <summary>The host version the model claims.</summary>
    public const string HostVersion = "4.0.0.0-model";

    /// <inheritdoc />
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        if (httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw && raw[0] == '/')
            proxyRequest.RequestUri = new Uri(destinationPrefix.TrimEnd('/') + raw, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        Set(proxyRequest, "X-Azure-Functions-InvocationId", invocationId);
        Set(proxyRequest, "X-Azure-Functions-HostVersion", HostVersion);
        Set(proxyRequest, "x-ms-invocation-id", invocationId);
    }

    private static void Set(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name); // the host overwrites, so a client cannot pose as the host
        request.Headers.TryAddWithoutValidation(name, value);
    }
}
