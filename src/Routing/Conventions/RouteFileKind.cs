namespace Nextfunc.Routing.Conventions;

/// <summary>The special file names under <c>app/</c> that produce routes.</summary>
/// <example>
/// <code>
/// // app/api/users/route.cs -> Route, app/sitemap.cs -> Sitemap, app/robots.cs -> Robots
/// foreach (var route in builder.Manifest.Routes)
///     Console.WriteLine($"{route.Kind} {route.Pattern}");
/// </code>
/// </example>
internal enum RouteFileKind
{
    /// <summary><c>route.cs</c>: a route handler, one function per exported verb.</summary>
    Route,
    /// <summary><c>sitemap.cs</c>: served at <c>sitemap.xml</c> in its folder.</summary>
    Sitemap,
    /// <summary><c>robots.cs</c>: served at <c>/robots.txt</c>.</summary>
    Robots,
}
