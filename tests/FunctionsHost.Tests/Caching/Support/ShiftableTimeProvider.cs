namespace Nextfunc.Tests.Caching.Support;

/// <summary>
/// Real time plus an offset the test can move forward: crossing a revalidation window takes no sleeping,
/// while timers (lock-wait polling) still run on the real clock, which processes on Azurite need.
/// </summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public void Shift(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
}
