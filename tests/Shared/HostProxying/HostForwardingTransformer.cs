using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Nextfunc.Tests.Shared.HostProxying;

/// <summary>
/// How the test hosts forward a matched request to the app process, as the Functions host does, plus
/// <paramref name="headers"/>, which overwrite whatever the client sent so that a client cannot pose as the host. The
/// request target is forwarded exactly as the client sent it (the raw target): ASP.NET Core's decoded <c>Request.Path</c>
/// would turn <c>m%65</c> into <c>me</c> and re-escape <c>%2F</c>, and Next.js routing depends on the raw path.
/// <list type="bullet">
/// <item><see cref="HostForwarding.Proxy"/>: to the isolated worker (and a custom handler with <c>enableProxyingHttpRequest</c>),
/// YARP's <c>HttpTransformer.Default</c>: the headers copied but <c>Host</c> (the destination's authority instead), and
/// <c>X-Forwarded-For</c>, <c>X-Forwarded-Host</c>, <c>X-Forwarded-Proto</c> set from the host's own request, replacing
/// any the client sent (<c>Forwarded</c> removed).</item>
/// <item><see cref="HostForwarding.Copy"/>: to a custom handler with <c>enableForwardingHttpRequest</c>, a rebuilt request
/// with every client header copied as it came, <c>Host</c> included, and no <c>X-Forwarded-*</c> of the host's own.</item>
/// </list>
/// </summary>
public class HostForwardingTransformer(IReadOnlyList<KeyValuePair<string, string>> headers, HostForwarding forwarding = HostForwarding.Proxy)
    : HttpTransformer
{
    /// <inheritdoc />
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        if (httpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw && raw[0] == '/')
            proxyRequest.RequestUri = new Uri(destinationPrefix.TrimEnd('/') + raw, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        if (forwarding == HostForwarding.Proxy)
        {
            var request = httpContext.Request;
            proxyRequest.Headers.Host = null; // the destination's authority
            Set(proxyRequest, "X-Forwarded-For", httpContext.Connection.RemoteIpAddress?.ToString());
            Set(proxyRequest, "X-Forwarded-Host", request.Host.ToUriComponent());
            Set(proxyRequest, "X-Forwarded-Proto", request.Scheme);
            Set(proxyRequest, "X-Forwarded-Prefix", request.PathBase.HasValue ? request.PathBase.ToUriComponent() : null);
            proxyRequest.Headers.Remove("Forwarded");
        }
        foreach (var (name, value) in headers)
            Set(proxyRequest, name, value);
    }

    private static void Set(HttpRequestMessage request, string name, string? value)
    {
        request.Headers.Remove(name);
        if (value is not null)
            request.Headers.TryAddWithoutValidation(name, value);
    }
}

/// <summary>Which of the Functions host's two ways of passing a request on (<see cref="HostForwardingTransformer"/>).</summary>
public enum HostForwarding
{
    /// <summary>YARP's default transformer: the worker, and a custom handler with <c>enableProxyingHttpRequest</c>.</summary>
    Proxy,

    /// <summary>A rebuilt request with the client's headers, Host included: a custom handler with <c>enableForwardingHttpRequest</c>.</summary>
    Copy,
}
