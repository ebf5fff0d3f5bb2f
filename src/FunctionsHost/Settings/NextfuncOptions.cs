namespace Nextfunc.Settings;

/// <summary>
/// The app's settings, bound from the <c>Nextfunc</c> configuration section (environment variables
/// <c>Nextfunc__*</c>, local.settings.json <c>Values</c>, app settings in Azure) and checked when the app
/// starts: a value out of range stops the start with a message that names the setting and what it allows.
/// docs/settings.md lists every setting, its default and allowed values.
/// </summary>
/// <example>
/// A handler or middleware reads them from DI; Program.cs may override them in code:
/// <code>
/// builder.Services.Configure&lt;NextfuncOptions&gt;(o => o.Cache.MemoryLimitMB = 128);
/// public static NextResponse GET(IOptions&lt;NextfuncOptions&gt; options) => NextResponse.Text(options.Value.BuildId ?? "dev");
/// </code>
/// </example>
public sealed class NextfuncOptions
{
    /// <summary>The configuration section: <c>Nextfunc</c> (<c>Nextfunc__</c> in environment variable names).</summary>
    public const string SectionName = "Nextfunc";

    /// <summary>
    /// The deployment's identity, the first part of every cache key, so a new deployment never serves old bytes.
    /// Unset: the build's own id, a hash of every assembly the app runs (any code change is a new one).
    /// </summary>
    public string? BuildId { get; set; }

    /// <summary>
    /// The largest request body in bytes, in every mode. A larger body is answered 413 with <c>{"error": …}</c>
    /// when the handler reads it. Unset: the server's limit (Kestrel: 30,000,000).
    /// </summary>
    public long? MaxRequestBodySize { get; set; }

    /// <summary>
    /// Standalone behind a proxy of the app's own: <c>request.Url</c> takes the client's scheme and host from
    /// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c>. Only with a proxy that sets them (a client could send its own).
    /// Behind the Functions host the URL is always the client's.
    /// </summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>
    /// The secret draft mode's bypass cookie is derived from (<c>draftMode().enable()</c>); the same on every instance, so
    /// each accepts the cookie another set. Unset: a random one per process, and a warning when draft mode is first enabled.
    /// </summary>
    public string? DraftModeSecret { get; set; }

    /// <summary>
    /// The one log line per request (<c>Executed '…' GET /path -> 200 in 0.3 ms</c>) at Information when true, at Debug
    /// when false. Unset: Information only standalone in Development; Debug behind the Functions host (it logs every
    /// invocation itself) and standalone outside Development (the line costs about a quarter of throughput there).
    /// </summary>
    public bool? RequestLog { get; set; }

    /// <summary>The output and data cache (<c>Nextfunc:Cache:*</c>).</summary>
    public NextfuncCacheOptions Cache { get; set; } = new();

    /// <summary>Middleware rewrites to other origins (<c>Nextfunc:Rewrites:*</c>).</summary>
    public NextfuncRewritesOptions Rewrites { get; set; } = new();

    /// <summary>The function keys the app accepts itself (<c>Nextfunc:Keys:*</c>).</summary>
    public NextfuncKeysOptions Keys { get; set; } = new();

    /// <summary>The OpenAPI description of the routes (<c>Nextfunc:OpenApi:*</c>).</summary>
    public NextfuncOpenApiOptions OpenApi { get; set; } = new();
}
