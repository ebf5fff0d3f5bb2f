using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Caching;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Pipeline;

/// <summary>
/// Renders a prerendered GET the way <c>next build</c> does: on a request of its own, with no query,
/// headers or cookies from the live request (the handler sees them empty), and captures the whole
/// response for the output cache. The same render serves cache misses, background regeneration and
/// the <c>prerender</c> command.
/// </summary>
internal sealed class StaticRender(FunctionDispatcher dispatcher, AfterResponse after, IServiceScopeFactory scopes)
{
    // revalidatePath(path, "page" | "layout") finds a route's entries by these; the same for every render of the route.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RouteEntry, string[]> _routeTags = new();

    /// <summary>Runs <paramref name="function"/> for <paramref name="rawPath"/> and returns the captured response.</summary>
    public async Task<CachedResponse> RenderAsync(RouteEntry route, RouteFunction function, RouteParams parameters, string rawPath, CancellationToken cancellationToken)
    {
        // A scope of its own: a background regeneration outlives the request that triggered it.
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = PathString.FromUriComponent(rawPath);
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = rawPath;
        using var body = new MemoryStream();
        context.Response.Body = body;
        var routeTags = _routeTags.GetOrAdd(route, static r => ImplicitTags.Of(r.Pattern));
        FetchRequestMemo.Begin(context, [CacheKeys.PathTag(rawPath), .. routeTags]); // revalidatePath of this route purges its cached fetches

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await dispatcher.InvokeAsync(context, route, function, parameters, dropBody: false, middlewareResponse: null);
        if (context.Features.Get<Nextfunc.Routing.Http.AfterWork>() is { } work)
            await after.RunAsync(context, work, route.Config.MaxDuration, started, completeResponse: false); // no client waits on a render

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in context.Response.Headers)
            foreach (var value in values)
                if (value is not null) headers.Add(new(name, value));
        return new CachedResponse(context.Response.StatusCode, headers, body.ToArray()) { Tags = routeTags };
    }
}
