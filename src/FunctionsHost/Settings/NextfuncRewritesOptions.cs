namespace Nextfunc.Settings;

/// <summary>Settings of middleware rewrites to another origin, <c>Nextfunc:Rewrites:*</c>.</summary>
/// <example><c>"Nextfunc__Rewrites__AllowedHosts": "api.example.com, localhost:3001"</c> in local.settings.json <c>Values</c>.</example>
public sealed class NextfuncRewritesOptions
{
    /// <summary>
    /// Hosts (or <c>host:port</c>) a middleware rewrite may proxy to, comma-separated or as a list. Empty allows
    /// none: a rewrite to any other origin answers 500, so middleware can never become an open proxy.
    /// </summary>
    public IList<string> AllowedHosts { get; set; } = new List<string>();
}
