using Nextfunc.Routing;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Support;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>An app with <see cref="ScenarioMiddleware"/> and echo routes, some matched by its matcher and some not.</summary>
internal static class ScenarioApp
{
    public static FunctionAppManifest Manifest(TestMiddleware middleware) => TestManifest.Manifest(
    [
        Route("/api/echo", null, (HttpVerb.GET, Echo.Handler), (HttpVerb.POST, Echo.Handler)),
        Route("/api/users/[id]", null, (HttpVerb.GET, Echo.Handler)),
        Route("/api/secure/data", null, (HttpVerb.GET, Echo.Handler)),
        Route("/about/headers", null, (HttpVerb.GET, Echo.Handler)),
        Route("/about/cookie", null, (HttpVerb.GET, Echo.Handler)),
        Route("/plain/[id]", null, (HttpVerb.GET, Echo.Handler)),
    ], middleware.Definition);

    public static TestMiddleware Middleware() => new(ScenarioMiddleware.Invoke, ScenarioMiddleware.Matcher);
}
