namespace Nextfunc.Settings;

/// <summary>Settings of middleware rewrites to another origin, <c>Nextfunc:Rewrites:*</c>.</summary>
/// <example><c>"Nextfunc__Rewrites__AllowedHosts": "api.example.com, localhost:3001"</c> in local.settings.json <c>Values</c>.</example>
public sealed class NextfuncRewritesOptions
{
    /// <summary>
    /// Hosts a middleware rewrite may proxy to, comma-separated or as a list: <c>host</c> on its default port only,
    /// <c>host:port</c> on that port. Empty allows none: a rewrite to any other origin (or with user info) answers 500.
    /// </summary>
    public IList<string> AllowedHosts { get; set; } = new List<string>();
}
