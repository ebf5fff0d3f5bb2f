using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Serverless.FunctionsHost.Settings;

/// <summary>DI registration of <see cref="ServerlessOptions"/>: bound from configuration, validated when the host starts.</summary>
internal static class ServerlessOptionsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ServerlessOptions"/> from <paramref name="configuration"/>'s <c>Serverless</c> section and checks
    /// it at start (<c>ValidateOnStart</c>), in every hosting mode. Calling it again adds nothing.
    /// </summary>
    /// <example><code>services.AddServerlessOptions(builder.Configuration);</code></example>
    public static IServiceCollection AddServerlessOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ServerlessOptions>().ValidateOnStart();
        // Registered before any Configure<ServerlessOptions> in Program.cs, so code set there wins over configuration.
        if (!services.Any(d => d.ServiceType == typeof(ServerlessOptionsBinding)))
        {
            services.AddLogging();
            services.AddSingleton(sp => new ServerlessOptionsBinding(configuration, sp.GetRequiredService<ILogger<ServerlessOptionsBinding>>()));
            services.AddSingleton<IConfigureOptions<ServerlessOptions>>(sp => sp.GetRequiredService<ServerlessOptionsBinding>());
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServerlessOptions>, ServerlessOptionsValidator>());
        return services;
    }
}
