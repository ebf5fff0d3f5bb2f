namespace Nextfunc.Matching.Benchmarks;

/// <summary>
/// A route tree of a given size in the shapes apps have: for every n a static route, an [id] route, a nested
/// [id]/items/[item] route and a [...slug] docs route, until the count is reached.
/// </summary>
internal static class GeneratedRoutes
{
    public static List<string> Patterns(int count)
    {
        var patterns = new List<string>(count);
        for (var n = 0; patterns.Count < count; n++)
        {
            string[] shapes = [$"/api/res{n}", $"/api/res{n}/[id]", $"/api/res{n}/[id]/items/[item]", $"/docs/sec{n}/[...slug]"];
            patterns.AddRange(shapes.Take(count - patterns.Count));
        }
        return patterns;
    }

    /// <summary>A request for a route in the middle of the tree, so neither matcher finds it first by luck.</summary>
    public static string Request(int count, string kind)
    {
        var n = count / 4 / 2;
        return kind switch
        {
            "static" => $"/api/res{n}",
            "dynamic" => $"/api/res{n}/42/items/7",
            "catch-all" => $"/docs/sec{n}/a/b/c",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "static, dynamic or catch-all"),
        };
    }

    /// <summary>The same route as an ASP.NET Core template: [id] is {id}, [...slug] is {**slug}.</summary>
    public static string AspNetCoreTemplate(string pattern) =>
        pattern.Replace("[...", "{**").Replace("[", "{").Replace("]", "}");
}
