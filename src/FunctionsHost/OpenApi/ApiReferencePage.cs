using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Nextfunc.Settings;
using Scalar.AspNetCore;

namespace Nextfunc.OpenApi;

/// <summary>
/// The interactive API page (Scalar) over the app's OpenAPI document, at <c>/scalar</c> under the route prefix and
/// basePath: standalone in Development only, when the document is served. Its script is embedded in the
/// Scalar.AspNetCore package, so the page works offline; no font, telemetry or AI request leaves the machine.
/// A Native AOT publish turns <see cref="Switch"/> off (build/Nextfunc.props): a deployment binary has no Development
/// page to serve, and the trimmer then drops the package and its 1.9 MB script (3.4 MB of the sample's binary).
/// </summary>
internal static class ApiReferencePage
{
    public const string Switch = "Nextfunc.ApiReferencePage.IsSupported";

    [FeatureSwitchDefinition(Switch)]
    private static bool IsSupported => !AppContext.TryGetSwitch(Switch, out var supported) || supported;

    /// <summary>Maps the page in front of the pipeline; does nothing outside Development or when the page is off.</summary>
    public static void MapIfDevelopment(WebApplication web)
    {
        if (!IsSupported) return;
        var document = web.Services.GetRequiredService<OpenApiDocumentEndpoint>();
        var settings = web.Services.GetRequiredService<IOptions<NextfuncOptions>>().Value.OpenApi;
        if (!web.Environment.IsDevelopment() || !document.Enabled || !document.HasDocument || settings.ApiReferencePath.Length == 0) return;

        // Endpoint routing only for the page: an unmatched request falls through to the Nextfunc pipeline. Top-level
        // registration (ASP0014's advice) would put the endpoints after the pipeline's terminal delegate, never reached.
        web.UseRouting();
#pragma warning disable ASP0014
        // Nothing that calls out of the machine: no CDN fonts, telemetry, AI agent or MCP, nor the hosted developer tools.
        web.UseEndpoints(endpoints => endpoints.MapScalarApiReference(document.UrlOf(settings.ApiReferencePath), page => page
            .WithOpenApiRoutePattern(document.Url)
            .WithTitle(settings.Title ?? "API reference")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()));
#pragma warning restore ASP0014
    }
}
