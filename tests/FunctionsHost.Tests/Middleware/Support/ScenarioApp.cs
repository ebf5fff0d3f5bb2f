using Nextfunc.Hosting;
using Nextfunc.Tests.Pipeline;
using Nextfunc.Routing.Conventions;
using static Nextfunc.Tests.Pipeline.KestrelApp;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>A Kestrel app with <see cref="ScenarioMiddleware"/> and echo routes, some matched by its matcher and some not.</summary>
internal static class ScenarioApp
{
    public static Task<KestrelApp> StartAsync(TestMiddleware middleware, Action<NextfuncAppBuilder>? configure = null) => KestrelApp.StartAsync(
    [
        Route("/api/echo", null, (HttpVerb.GET, Echo.Handler), (HttpVerb.POST, Echo.Handler)),
        Route("/api/users/[id]", null, (HttpVerb.GET, Echo.Handler)),
        Route("/api/secure/data", null, (HttpVerb.GET, Echo.Handler)),
        Route("/about/headers", null, (HttpVerb.GET, Echo.Handler)),
        Route("/about/cookie", null, (HttpVerb.GET, Echo.Handler)),
        Route("/plain/[id]", null, (HttpVerb.GET, Echo.Handler)),
    ], middleware.Definition, configure);

    public static TestMiddleware Middleware() => new(ScenarioMiddleware.Invoke, ScenarioMiddleware.Matcher);
}
