namespace Nextfunc.Caching;

/// <summary>How a stored entry relates to its policy and to tag revalidations.</summary>
internal enum EntryFreshness
{
    /// <summary>Serve it.</summary>
    Fresh,

    /// <summary>Older than its revalidate time: serve it once more and regenerate in the background.</summary>
    Stale,

    /// <summary>A tag of it was revalidated after it was created: regenerate before responding.</summary>
    Invalidated,
}
