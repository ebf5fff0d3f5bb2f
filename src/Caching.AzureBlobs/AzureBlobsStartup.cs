using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Caching;
using Nextfunc.Caching.AzureBlobs;
using Nextfunc.Routing.Generated;

[assembly: NextfuncExtension(typeof(AzureBlobsStartup))]

namespace Nextfunc.Caching.AzureBlobs;

/// <summary>
/// What referencing this package adds to an app, with no code in the app: the Blob Storage store, chosen when a connection
/// is configured (docs/caching.md). The generator finds this start-up on the app's references and runs it at start-up.
/// </summary>
/// <example><code>&lt;PackageReference Include="Nextfunc.Caching.AzureBlobs" Version="0.1.0" /&gt;</code></example>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AzureBlobsStartup
{
    /// <summary>Registers the Blob Storage store provider.</summary>
    /// <param name="services">The app's services.</param>
    public static void Configure(IServiceCollection services) => services.AddSingleton<ICacheStoreProvider, BlobCacheStoreProvider>();
}
