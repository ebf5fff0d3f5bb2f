using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Caching;
using Nextfunc.Pipeline;
using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Hosting;

/// <summary>
/// The <c>prerender</c> command: renders every prerendered GET — static routes, and dynamic ones for
/// each of their <c>GenerateStaticParams</c> — and writes them to the configured output cache, so the
/// first request after a deploy is a hit. Run it with the deployment's settings (the blob store).
/// </summary>
internal static class PrerenderCommand
{
    /// <summary>Renders and stores every prerenderable path; returns 0, or 1 when any render or write failed.</summary>
    public static async Task<int> RunAsync(FunctionAppManifest manifest, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var cache = services.GetRequiredService<OutputCache>();
        var render = services.GetRequiredService<StaticRender>();
        var failed = 0;
        var count = 0;
        foreach (var route in manifest.Routes)
        {
            if (route.Cache is not { } policy)
                continue;
            var get = route.Find(HttpVerb.GET)!;
            foreach (var parameters in await ParamsOf(route, services))
            {
                var path = PathOf(route.Pattern, parameters);
                if (route.Rejecting(parameters) is { } constraint)
                {
                    // The URL would be a 404 (the route does not match it), so there is nothing to cache.
                    error.WriteLine($"  {path}: GenerateStaticParams returned {constraint.Name} = '{parameters[constraint.Name]}', which is not a valid {constraint.TypeName}; the route answers 404 for it. Fix GenerateStaticParams in {route.SourceFile}.");
                    failed++;
                    continue;
                }
                try
                {
                    var response = await render.RenderAsync(route, get, parameters, path, CancellationToken.None);
                    if (!CachePolicy.IsStorable(response.StatusCode, response.Headers))
                    {
                        error.WriteLine(response.StatusCode == 200
                            ? $"  {path}: the handler set a cookie; a response that sets a cookie is never cached. Fix {route.SourceFile}."
                            : $"  {path}: the handler answered {response.StatusCode}; only 200 responses are cached. Fix {route.SourceFile}.");
                        failed++;
                        continue;
                    }
                    await cache.PutAsync(path, response, policy, CancellationToken.None);
                    output.WriteLine($"○ {path}");
                    count++;
                }
                catch (Exception e)
                {
                    error.WriteLine($"  {path}: {e.GetType().Name}: {e.Message}");
                    failed++;
                }
            }
        }
        // The build id the entries were written under: Nextfunc:BuildId when set, else the manifest's.
        output.WriteLine($"{count} paths prerendered, {failed} failed (build {services.GetRequiredService<OutputCacheOptions>().BuildId}).");
        return failed == 0 ? 0 : 1;
    }

    private static async Task<IReadOnlyList<RouteParams>> ParamsOf(RouteEntry route, IServiceProvider services)
    {
        if (route.Pattern.IsStatic) return [RouteParams.Empty];
        return route.GenerateStaticParams is { } generate ? await generate(services, CancellationToken.None) : [];
    }

    /// <summary>The URL of a route for given params, each segment percent-encoded.</summary>
    public static string PathOf(RoutePattern pattern, RouteParams parameters)
    {
        var parts = new List<string>();
        foreach (var segment in pattern.Segments)
        {
            if (segment.Kind == SegmentKind.Static) parts.Add(segment.Value);
            else parts.AddRange(parameters.GetAll(segment.Value).Select(Uri.EscapeDataString));
        }
        return "/" + string.Join("/", parts);
    }
}
