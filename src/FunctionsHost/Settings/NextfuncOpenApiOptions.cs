namespace Nextfunc.Settings;

/// <summary>Settings of the OpenAPI description of the routes and of the API page, <c>Nextfunc:OpenApi:*</c>.</summary>
/// <example>
/// In local.settings.json <c>Values</c> (or any configuration source):
/// <code>
/// "Nextfunc__OpenApi__Enabled": "true",
/// "Nextfunc__OpenApi__Title": "Todo API",
/// "Nextfunc__OpenApi__Version": "1.2.0",
/// "Nextfunc__OpenApi__SecuritySchemes__bearer__Scheme": "bearer",
/// "Nextfunc__OpenApi__SecuritySchemes__bearer__Paths__0": "/api/admin"
/// </code>
/// or in Program.cs:
/// <code>
/// builder.Services.Configure&lt;NextfuncOptions&gt;(o =&gt; o.OpenApi.SecuritySchemes["bearer"] = new() { Scheme = "bearer", BearerFormat = "JWT" });
/// </code>
/// </example>
public sealed class NextfuncOpenApiOptions
{
    /// <summary>Serves the app's build-time OpenAPI 3.1 document at <c>/openapi.json</c> (under the route prefix and basePath); default off: an app does not describe itself unless asked to (the template's Development profile turns it on; docs/openapi.md).</summary>
    public bool Enabled { get; set; }

    /// <summary>The document's <c>info.title</c>; default: the app's namespace.</summary>
    public string? Title { get; set; }

    /// <summary>The document's <c>info.version</c>; default: the app's assembly version.</summary>
    public string? Version { get; set; }

    /// <summary>The document's <c>info.description</c>; default: how the document was made.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// Security schemes by name (<c>components.securitySchemes</c>), each required by the operations under its
    /// <c>Paths</c>. The document names what the app checks; it checks nothing itself.
    /// </summary>
    public Dictionary<string, OpenApiSecuritySchemeOptions> SecuritySchemes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the interactive API page (Scalar) is served, standalone in Development only and when the document is
    /// served: <c>/scalar</c> under the route prefix and basePath. Empty turns the page off.
    /// </summary>
    public string ApiReferencePath { get; set; } = "/scalar";
}
