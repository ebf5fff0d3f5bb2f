namespace Nextfunc.Settings;

/// <summary>Settings of the OpenAPI description of the routes, <c>Nextfunc:OpenApi:*</c>.</summary>
/// <example><c>"Nextfunc__OpenApi__Enabled": "true"</c> in local.settings.json <c>Values</c>.</example>
public sealed class NextfuncOpenApiOptions
{
    /// <summary>Serves the app's build-time OpenAPI 3.1 document at <c>/openapi.json</c> (under the route prefix); default off: an app does not describe itself unless asked to (docs/openapi.md).</summary>
    public bool Enabled { get; set; }
}
