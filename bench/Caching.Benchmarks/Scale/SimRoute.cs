using Nextfunc.Routing.Conventions;

namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>A cached route of the simulated app: its path, window and the tags its entries carry.</summary>
internal sealed record SimRoute(string Path, CachePolicy Policy, string[] Tags)
{
    public const string ProductsTag = "products";

    /// <summary>The request mix: a hot force-static route, a revalidating one and one built from tagged data.</summary>
    public static SimRoute[] Mix(TimeSpan isrWindow) =>
    [
        new("/api/hot", CachePolicy.Forever, ImplicitTagsOf("/api/hot")),
        new("/api/isr", new CachePolicy(isrWindow), ImplicitTagsOf("/api/isr")),
        new("/api/tagged", CachePolicy.Forever, [.. ImplicitTagsOf("/api/tagged"), ProductsTag]),
    ];

    // What the pipeline gives every render (StaticRender: ImplicitTags.Of the route): the root layout tag, one per folder, the page's.
    private static string[] ImplicitTagsOf(string path) =>
    [
        ImplicitTags.Tag("/", RevalidatePathType.Layout),
        ImplicitTags.Tag("/api", RevalidatePathType.Layout),
        ImplicitTags.Tag(path, RevalidatePathType.Layout),
        ImplicitTags.Tag(path, RevalidatePathType.Page),
    ];
}
