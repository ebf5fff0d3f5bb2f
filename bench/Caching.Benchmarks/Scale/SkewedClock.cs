namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>The machine's clock off by a fixed skew: instances of one app never agree to the millisecond.</summary>
internal sealed class SkewedClock(TimeSpan skew) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + skew;
}
