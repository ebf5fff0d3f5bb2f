namespace Serverless.FunctionsHost.Settings;

/// <summary>Settings of the OpenAPI description of the routes, <c>Serverless:OpenApi:*</c>.</summary>
/// <example><c>"Serverless__OpenApi__Enabled": "true"</c> in local.settings.json <c>Values</c>.</example>
public sealed class ServerlessOpenApiOptions
{
    /// <summary>Serves the OpenAPI description of the routes.</summary>
    public bool Enabled { get; set; }
}
