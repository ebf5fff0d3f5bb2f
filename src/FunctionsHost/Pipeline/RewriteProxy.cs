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
    private readonly HashSet<string> _allowedHosts;
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
        _allowedHosts = new HashSet<string>(options.Value.Rewrites.AllowedHosts, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Forwards the request to <paramref name="target"/> or answers 500 when its host is not allowed.</summary>
    public async Task ForwardAsync(HttpContext context, Uri target, RequestState feature)
    {
        if (!_allowedHosts.Contains(target.Host) && !_allowedHosts.Contains(target.Authority))
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
