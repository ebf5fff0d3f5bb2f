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
        if (!rawPath.StartsWith(basePath, StringComparison.Ordinal))
            return null;
        if (rawPath.Length == basePath.Length)
            return "/";
        return rawPath[basePath.Length] == '/' ? rawPath[basePath.Length..] : null;
    }
}
