namespace Nextfunc.Routing.Http;

/// <summary>
/// The app's <c>basePath</c> (<c>/docs</c>), set on requests under it: <see cref="NextUrl.BasePath"/> says it, and the
/// pathname a handler or middleware sees leaves it out, as in Next.js.
/// </summary>
/// <param name="BasePath">The basePath, starting with <c>/</c>, without a trailing one.</param>
internal sealed record RequestBasePathFeature(string BasePath)
{
    /// <summary>
    /// <paramref name="rawPath"/> without <paramref name="basePath"/> (<c>/docs</c> and <c>/docs/</c> are <c>/</c>), or null
    /// for a path outside it: there no route, public file or middleware serves, as in Next.js. An empty basePath keeps the path.
    /// </summary>
    public static string? Strip(string rawPath, string basePath)
    {
        if (basePath.Length == 0)
            return rawPath;
        if (!IsUnder(rawPath, basePath))
            return null;
        return rawPath.Length == basePath.Length ? "/" : rawPath[basePath.Length..];
    }

    /// <summary>True when <paramref name="rawPath"/> is <paramref name="basePath"/> or below it (<c>/docs</c>, <c>/docs/a</c>; not <c>/docsx</c>).</summary>
    public static bool IsUnder(string rawPath, string basePath) =>
        rawPath.StartsWith(basePath, StringComparison.Ordinal) && (rawPath.Length == basePath.Length || rawPath[basePath.Length] == '/');
}
