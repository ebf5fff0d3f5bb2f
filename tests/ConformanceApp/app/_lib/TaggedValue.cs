namespace ConformanceApp.Lib;

/// <summary>The value the tagged routes cache in the data cache: <c>{ t: Date.now(), r: random }</c>.</summary>
public sealed record TaggedValue(long T, string R)
{
    /// <summary>A fresh value, as the oracle's <c>unstable_cache</c> callback makes it.</summary>
    public static Task<TaggedValue> Create() => Task.FromResult(new TaggedValue(Oracle.Now(), Oracle.RandomId()));
}
