using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Nextfunc.Settings;

/// <summary>DI registration of <see cref="NextfuncOptions"/>: bound from configuration, validated when the host starts.</summary>
internal static class NextfuncOptionsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="NextfuncOptions"/> from <paramref name="configuration"/>'s <c>Nextfunc</c> section and checks
    /// it at start (<c>ValidateOnStart</c>), in every hosting mode. Calling it again adds nothing.
    /// </summary>
    /// <example><code>services.AddNextfuncOptions(builder.Configuration);</code></example>
    public static IServiceCollection AddNextfuncOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NextfuncOptions>().ValidateOnStart();
        // Registered before any Configure<NextfuncOptions> in Program.cs, so code set there wins over configuration.
        if (!services.Any(d => d.ServiceType == typeof(NextfuncOptionsBinding)))
        {
            services.AddLogging();
            services.AddSingleton(sp => new NextfuncOptionsBinding(configuration, sp.GetRequiredService<ILogger<NextfuncOptionsBinding>>()));
            services.AddSingleton<IConfigureOptions<NextfuncOptions>>(sp => sp.GetRequiredService<NextfuncOptionsBinding>());
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NextfuncOptions>, NextfuncOptionsValidator>());
        return services;
    }
}
