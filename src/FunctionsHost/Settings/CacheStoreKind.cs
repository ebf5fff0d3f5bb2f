namespace Nextfunc.Settings;

/// <summary>Where the output cache keeps its entries (<c>Nextfunc:Cache:Store</c>).</summary>
/// <example><c>"Nextfunc__Cache__Store": "Memory"</c> in local.settings.json <c>Values</c> for a test run.</example>
public enum CacheStoreKind
{
    /// <summary>
    /// In Development, memory (as <c>next dev</c>, nothing survives a restart); otherwise Azure Blob Storage when the app
    /// references Nextfunc.Caching.AzureBlobs and a connection is configured, else files under the content root.
    /// </summary>
    Auto = 0,

    /// <summary>Files, even when a storage connection is configured (one instance, or processes on one machine).</summary>
    File = 1,

    /// <summary>Memory only: not shared between instances, lost on restart (tests, development).</summary>
    Memory = 2,

    /// <summary>Azure Blob Storage, in every environment (Development too); the start fails when the package or the connection is missing.</summary>
    Blob = 3,
}
