namespace Nextfunc.Caching;

/// <summary>Tags gathered while one render or data factory runs (thread-safe: renders may fan out).</summary>
internal sealed class CacheTagCollector
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);

    public void Add(string tag)
    {
        lock (_tags)
        {
            _tags.Add(tag);
        }
    }

    public string[] ToArray()
    {
        lock (_tags)
        {
            return [.. _tags];
        }
    }
}
