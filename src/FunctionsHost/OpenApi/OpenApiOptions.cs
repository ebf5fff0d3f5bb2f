namespace Serverless.FunctionsHost.OpenApi;

/// <summary>
/// <c>Serverless:OpenApi:*</c>: whether the app serves its build-time OpenAPI document. Read in one place,
/// <see cref="OpenApiServiceCollectionExtensions.AddServerlessOpenApi"/>.
/// </summary>
/// <example><code>var options = new OpenApiOptions { Enabled = true };</code></example>
internal sealed class OpenApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Serverless:OpenApi";

    /// <summary>Serve <c>/openapi.json</c> (under the route prefix). Default false: an app does not describe itself unless asked to.</summary>
    public bool Enabled { get; set; }
}
