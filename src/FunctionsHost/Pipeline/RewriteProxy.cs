using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nextfunc.Settings;
using Yarp.ReverseProxy.Forwarder;

namespace Nextfunc.Pipeline;

/// <summary>
/// Proxies a middleware rewrite to another origin, but only to hosts listed in
/// <c>Nextfunc:Rewrites:AllowedHosts</c>: anything else fails closed (500, logged), so middleware
/// can never be turned into an open proxy.
/// </summary>
internal sealed class RewriteProxy
{
    private readonly IHttpForwarder _forwarder;
    private readonly (string Host, int? Port)[] _allowedHosts;
    private readonly ILogger<RewriteProxy> _logger;
    private readonly HttpMessageInvoker _client = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
    });

    /// <summary>Takes the allow-list from the bound <see cref="NextfuncRewritesOptions.AllowedHosts"/>.</summary>
    public RewriteProxy(IHttpForwarder forwarder, IOptions<NextfuncOptions> options, ILogger<RewriteProxy> logger)
    {
        _forwarder = forwarder;
        _logger = logger;
        _allowedHosts = [.. options.Value.Rewrites.AllowedHosts.Select(ParseHost)];
    }

    /// <summary>
    /// True when <paramref name="target"/> is on the allow-list: an entry <c>host</c> allows that host on its scheme's default
    /// port only, <c>host:port</c> exactly that port. A target with user info (<c>https://user@host/</c>) is never allowed:
    /// credentials in a rewrite URL would be sent on the client's behalf.
    /// </summary>
    public bool Allows(Uri target) =>
        target.UserInfo.Length == 0 &&
        _allowedHosts.Any(a => string.Equals(a.Host, target.IdnHost, StringComparison.OrdinalIgnoreCase) && (a.Port ?? -1) == (target.IsDefaultPort ? -1 : target.Port));

    // "api.example.com", "localhost:3001", "[::1]:8080": the host as Uri.IdnHost spells it, and the port when one is given.
    private static (string Host, int? Port) ParseHost(string entry)
    {
        var uri = new Uri("http://" + entry.Trim());
        var hasPort = uri.Authority.Length > uri.Host.Length && entry.TrimEnd().EndsWith(":" + uri.Port, StringComparison.Ordinal);
        return (uri.IdnHost, hasPort ? uri.Port : null);
    }

    /// <summary>Forwards the request to <paramref name="target"/> or answers 500 when its host is not allowed.</summary>
    public async Task ForwardAsync(HttpContext context, Uri target, RequestState feature)
    {
        if (!Allows(target))
        {
            PipelineLog.RewriteOriginRefused(_logger, feature.RawPath, target.GetLeftPart(UriPartial.Authority));
            FunctionDispatcher.Fail(context, feature.MiddlewareResponse);
            return;
        }

        context.Request.Path = PathString.FromUriComponent(target.AbsolutePath);
        context.Request.QueryString = new QueryString(target.Query.Length > 1 ? target.Query : null);
        var error = await _forwarder.SendAsync(context, target.GetLeftPart(UriPartial.Authority), _client, ForwarderRequestConfig.Empty, HttpTransformer.Default);
        if (error != ForwarderError.None)
            PipelineLog.RewriteProxyFailed(_logger, feature.RawPath, target.AbsoluteUri, error.ToString());
    }
}
