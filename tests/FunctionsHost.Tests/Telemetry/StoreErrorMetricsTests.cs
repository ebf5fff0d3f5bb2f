using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Nextfunc.Caching;

namespace Nextfunc.Tests.Telemetry;

/// <summary>
/// <c>nextfunc.cache.store.errors</c>: every store call the guard gives up on is counted, by operation and by what
/// went wrong. The operations here have names of their own, so other tests' store faults are not counted with them.
/// </summary>
[Collection(TelemetryCollection.Name)]
[Trait("Category", "InProcess")]
public sealed class StoreErrorMetricsTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly StoreGuard _guard;

    public StoreErrorMetricsTests() =>
        _guard = new StoreGuard(new MemoryCacheStore(1 << 20, _time),
            new OutputCacheOptions { BuildId = "test-build", FailureCooldown = TimeSpan.Zero }, _time, NullLogger.Instance);

    [Fact]
    public async Task AThrowingStoreCall_IsCountedWithTheExceptionType()
    {
        using var capture = new TelemetryCapture();
        var (ok, _) = await _guard.TryAsync<byte[]?>("telemetry-test get", "k", (_, _) => throw new StoreOutage(), CancellationToken.None);
        await _guard.TryAsync<byte[]?>("telemetry-test get", "k", (_, _) => throw new StoreOutage(), CancellationToken.None);

        Assert.False(ok);
        var point = Assert.Single(capture.Points("nextfunc.cache.store.errors", new("nextfunc.cache.store.operation", "telemetry-test get")));
        Assert.Equal(2, point.GetSumLong());
        Assert.Equal(typeof(StoreOutage).FullName, TelemetryCapture.Tags(point)["error.type"]);
    }

    [Fact]
    public async Task AStoreCallThatTimesOut_IsCountedAsTimeout()
    {
        using var capture = new TelemetryCapture();
        var call = _guard.TryAsync("telemetry-test set", "k", (_, _) => new ValueTask<int>(new TaskCompletionSource<int>().Task), CancellationToken.None).AsTask();
        for (var step = 0; step < 200 && !call.IsCompleted; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(1)); // the guard's timeout runs on this fake clock
            await Task.Delay(5);
        }

        Assert.False((await call).Ok);
        var point = Assert.Single(capture.Points("nextfunc.cache.store.errors", new("nextfunc.cache.store.operation", "telemetry-test set")));
        Assert.Equal(1, point.GetSumLong());
        Assert.Equal("timeout", TelemetryCapture.Tags(point)["error.type"]);
    }

    private sealed class StoreOutage : Exception;
}
