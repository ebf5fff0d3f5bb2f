using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Pipeline;

/// <summary>Per-request state the pipeline stages share: the raw path being served and the middleware's answer.</summary>
internal sealed class RequestState(string rawPath, string basePath = "")
{
    private string _rawPath = rawPath;
    private (RouteMatchStatus Status, RouteMatch? Match)? _resolved;

    /// <summary>The raw (encoded) path routing uses; a rewrite changes it.</summary>
    public string RawPath
    {
        get => _rawPath;
        set
        {
            _rawPath = value;
            _resolved = null; // a rewrite re-targets routing
        }
    }


    /// <summary>
    /// The <c>AuthLevel</c> whose key the Functions host checked for this request (that of the function it invoked); null
    /// standalone, where no host checks keys.
    /// </summary>
    public string? HostCheckedLevel { get; set; }

    /// <summary>
    /// The path routes are matched on: <paramref name="rawPath"/> under <c>basePath</c> without it (<c>/docs</c> is
    /// <c>/</c>) and without a trailing slash; null for a path outside basePath, which no route serves.
    /// </summary>
    public static string? RoutePath(string rawPath, string basePath)
    {
        if (RequestBasePathFeature.Strip(rawPath, basePath) is not { } path)
            return null;
        // trailingSlash: true serves /a/ (a path without the slash was redirected to it): routes match /a.
        return path.Length > 1 && path[^1] == '/' ? path[..^1] : path;
    }

    /// <summary>
    /// The path the output cache keys and renders a cached route by: <see cref="RoutePath"/> (no basePath, no trailing slash),
    /// so <c>RevalidatePathAsync("/api/x")</c> finds <c>/docs/api/x/</c>'s entry, as Next.js keys its cache by the page path.
    /// </summary>
    public string CachePath => RoutePath(_rawPath, basePath) ?? _rawPath;

    /// <summary>The function that served the request, for the invocation log line; null when routing answered itself.</summary>
    public string? FunctionName { get; set; }

    /// <summary>The middleware's <c>NextResponse.Next()</c> / rewrite response, whose headers every outcome keeps.</summary>
    public NextResponse? MiddlewareResponse { get; set; }

    /// <summary>
    /// <see cref="RawPath"/> resolved against <paramref name="table"/>, once per path: the pipeline
    /// resolves it for the Functions-style middlewares and routing reuses it unless a rewrite changed the path.
    /// </summary>
    public RouteMatchStatus Resolve(RouteTable table, out RouteMatch? match)
    {
        if (_resolved is not { } resolved)
        {
            RouteMatch? found = null;
            var status = RoutePath(_rawPath, basePath) is { } path ? table.Match(path, out found) : RouteMatchStatus.NotFound;
            _resolved = resolved = (status, found);
        }
        match = resolved.Match;
        return resolved.Status;
    }
}
