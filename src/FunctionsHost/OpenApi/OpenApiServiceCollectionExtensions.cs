using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Serverless.FunctionsHost.OpenApi;

/// <summary>Registers the OpenAPI document endpoint and binds <see cref="OpenApiOptions"/>.</summary>
internal static class OpenApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="OpenApiDocumentEndpoint"/>. <c>Serverless:OpenApi:Enabled</c> is read when the options are
    /// read when the host starts, so a value <c>Program.cs</c> sets after <c>CreateBuilder</c> counts; a value that is not a boolean stops the start.
    /// </summary>
    public static IServiceCollection AddServerlessOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenApiOptions>().Configure(options =>
        {
            var key = OpenApiOptions.SectionName + ":Enabled";
            var value = configuration[key];
            if (string.IsNullOrWhiteSpace(value)) return;
            options.Enabled = bool.TryParse(value, out var enabled)
                ? enabled
                : throw new InvalidOperationException(
                    $"{key} is '{value}', which is not true or false. Set Serverless__OpenApi__Enabled to true to serve /openapi.json, or remove it.");
        }).ValidateOnStart();
        services.AddSingleton<OpenApiDocumentEndpoint>();
        return services;
    }
}
