namespace Nextfunc.Caching;

/// <summary>How a stored entry relates to its policy and to tag revalidations.</summary>
internal enum EntryFreshness
{
    /// <summary>Serve it.</summary>
    Fresh,

    /// <summary>Older than its revalidate time: serve it once more and regenerate in the background.</summary>
    Stale,

    /// <summary>
    /// Past its window, or another instance revalidated a tag of it, and this instance's share of the stale or the
    /// revalidation spread has not passed: serve it, as stale, without regenerating yet (issue 25: instances do not all
    /// go to the store in the same second).
    /// </summary>
    StaleAwaitingTurn,

    /// <summary>A tag of it was revalidated after it was created: regenerate before responding.</summary>
    Invalidated,
}
