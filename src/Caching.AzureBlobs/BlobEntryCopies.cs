using System.IO.Hashing;
using System.Text;

namespace Nextfunc.Caching.AzureBlobs;

/// <summary>
/// Where the copies of an entry live, <c>copies/{n}/{key}</c> beside the entry at <c>{key}</c>, and which one this
/// instance reads. Every instance reads a hot entry once when its window ends or when it starts cold after a deploy: on
/// one blob that is N reads in about a second, twice Azure's target for one blob (500/s) at 1,000 instances. Each
/// instance reads its own one of <see cref="Count"/> places (the entry or a copy, by a hash of its instance id), so those
/// reads spread over all of them (N/4 each with the default 4). The entry stays the truth: a render lock's re-read and a
/// takeover read it. A copy that lags it (being written, or a write that failed) or is missing costs its reader the
/// lock and that re-read, never a wrong answer: the engine checks every entry it reads against its window and tags.
/// </summary>
/// <example><code>var copies = new BlobEntryCopies(4, "instance-7"); var name = copies.ReadName("b1/route/ab12");</code></example>
internal sealed class BlobEntryCopies
{
    /// <summary>The prefix of every copy's blob name; the entry itself keeps its key.</summary>
    public const string Prefix = "copies/";

    /// <summary>No copies: every read and write goes to the entry alone.</summary>
    public static readonly BlobEntryCopies None = new(1, "");

    private readonly int _slot;

    /// <summary>Places per entry (the entry and <paramref name="count"/> - 1 copies), and the instance whose place <see cref="ReadName"/> gives.</summary>
    public BlobEntryCopies(int count, string instanceId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Count = count;
        _slot = (int)(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(instanceId)) % (ulong)count);
    }

    /// <summary>How many places hold each entry, the entry itself included.</summary>
    public int Count { get; }

    /// <summary>The blob this instance reads <paramref name="key"/> from: the entry itself for one instance in <see cref="Count"/>.</summary>
    public string ReadName(string key) => _slot == 0 ? key : CopyName(key, _slot);

    /// <summary>The names of the copies of <paramref name="key"/>, the entry itself not included.</summary>
    public IEnumerable<string> CopyNames(string key)
    {
        for (var n = 1; n < Count; n++)
            yield return CopyName(key, n);
    }

    private static string CopyName(string key, int n) => $"{Prefix}{n}/{key}";
}
