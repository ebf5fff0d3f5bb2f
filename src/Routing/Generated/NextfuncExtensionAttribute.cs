using System.ComponentModel;

namespace Nextfunc.Routing.Generated;

/// <summary>
/// Declares, on a package's assembly, the type whose <c>public static void Configure(IServiceCollection services)</c> an app
/// that references the package runs at start-up, before the host registers its own defaults: how a package such as
/// <c>Nextfunc.Caching.AzureBlobs</c> plugs in with no code in the app (the generator finds the attribute on the app's
/// references and adds the call to the manifest), as the Functions worker's extension startups do.
/// </summary>
/// <example><code>[assembly: NextfuncExtension(typeof(AzureBlobsStartup))]</code></example>
/// <param name="startup">The type with the static <c>Configure</c> method.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class NextfuncExtensionAttribute(Type startup) : Attribute
{
    /// <summary>The type with the static <c>Configure(IServiceCollection)</c> method.</summary>
    public Type Startup { get; } = startup;
}
