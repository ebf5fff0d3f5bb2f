using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Nextfunc.Tests.Shared.HostProxying;

/// <summary>
/// How the test hosts forward a matched request to the app process: YARP's default transform (method, headers
/// and body copied, the client's Host header included) plus <paramref name="headers"/>, which overwrite
/// whatever the client sent so that a client cannot pose as the host. The request target is forwarded
/// exactly as the client sent it (the raw target): ASP.NET Core's decoded <c>Request.Path</c> would turn
/// <c>m%65</c> into <c>me</c> and re-escape <c>%2F</c>, and Next.js routing depends on the raw path.
/// </summary>
public class HostForwardingTransformer(IReadOnlyList<KeyValuePair<string, string>> headers) : HttpTransformer
{
    /// <inheritdoc />
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        if (httpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw && raw[0] == '/')
            proxyRequest.RequestUri = new Uri(destinationPrefix.TrimEnd('/') + raw, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        foreach (var (name, value) in headers)
        {
            proxyRequest.Headers.Remove(name);
            proxyRequest.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
