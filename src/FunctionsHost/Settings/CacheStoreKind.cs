namespace Nextfunc.Settings;

/// <summary>Where the output cache keeps its entries (<c>Nextfunc:Cache:Store</c>).</summary>
/// <example><c>"Nextfunc__Cache__Store": "Memory"</c> in local.settings.json <c>Values</c> for a test run.</example>
public enum CacheStoreKind
{
    /// <summary>Azure Blob Storage when a connection is configured, otherwise files under the content root.</summary>
    Auto = 0,

    /// <summary>Files, even when a storage connection is configured (one instance, or processes on one machine).</summary>
    File = 1,

    /// <summary>Memory only: not shared between instances, lost on restart (tests, development).</summary>
    Memory = 2,
}
