using System.IO.Hashing;
using System.Text;

namespace Nextfunc.Caching;

/// <summary>
/// The randomness that keeps a thousand instances from calling the same blob in the same second (docs/caching.md,
/// "Scale"): a delay fixed per instance and entry (the stale spread, which must not change between two requests or an
/// instance would flip between fresh and stale), and a jittered poll delay.
/// </summary>
/// <example><code>var spread = new Spread("instance-7"); var extra = spread.Past(entry.CreatedAt, TimeSpan.FromSeconds(4));</code></example>
internal sealed class Spread(string instanceId)
{
    private readonly ulong _salt = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(instanceId));

    /// <summary>This instance's share of <paramref name="span"/> for the entry created at <paramref name="createdAt"/>: the same on every call.</summary>
    public TimeSpan Past(DateTimeOffset createdAt, TimeSpan span)
    {
        var mixed = (_salt ^ (ulong)createdAt.UtcTicks) * 0x9E3779B97F4A7C15UL; // Fibonacci hashing: neighbouring ticks land far apart
        return span * ((mixed >> 11) / (double)(1UL << 53));
    }

    /// <summary><paramref name="delay"/> ±50 % at random: waiters that started together do not poll together.</summary>
    public static TimeSpan Jittered(TimeSpan delay) => delay * (0.5 + Random.Shared.NextDouble());
}
