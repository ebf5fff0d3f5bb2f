namespace Nextfunc.FunctionApp;

/// <summary>
/// host.json <c>extensions.http.routePrefix</c>, as the Functions host applies it: every function URL
/// starts with it, and paths outside it are not served. The default is "" so URLs equal folder paths.
/// The app setting <c>AzureFunctionsJobHost__extensions__http__routePrefix</c> overrides host.json.
/// </summary>
/// <example><c>new RoutePrefix("api").TryStrip("/api/users", out var path)</c> gives <c>/users</c>.</example>
internal sealed class RoutePrefix(string prefix)
{
    private readonly string _prefix = prefix.Trim('/').Length == 0 ? "" : "/" + prefix.Trim('/');

    /// <summary>The prefix with its leading <c>/</c>, or "".</summary>
    public string Value => _prefix;

    /// <summary>The path the routes see; false when <paramref name="rawPath"/> is outside the prefix.</summary>
    public bool TryStrip(string rawPath, out string routed)
    {
        routed = rawPath;
        if (_prefix.Length == 0) return true;
        if (!rawPath.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase)) return false;
        if (rawPath.Length == _prefix.Length) { routed = "/"; return true; }
        if (rawPath[_prefix.Length] != '/') return false;
        routed = rawPath[_prefix.Length..];
        return true;
    }
}
