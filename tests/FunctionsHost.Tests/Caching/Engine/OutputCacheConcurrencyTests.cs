using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;
using Nextfunc.Tests.Caching.Support;

namespace Nextfunc.Tests.Caching.Engine;

[Trait("Category", "InProcess")]
public sealed class OutputCacheConcurrencyTests
{
    private readonly CacheHarness _h = new();

    [Fact]
    public async Task Concurrent_misses_for_one_key_render_once()
    {
        var gate = new TaskCompletionSource();
        var render = _h.Render(before: () => gate.Task);
        var requests = Enumerable.Range(0, 25).Select(_ => _h.Get("/api/slow", render)).ToArray();
        gate.SetResult();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, _h.Renders);
        Assert.All(results, r => Assert.Equal("v1", CacheHarness.Body(r)));
        Assert.All(results, r => Assert.Equal(CacheOutcome.Miss, r.Outcome));
    }

    [Fact]
    public async Task A_cancelled_waiter_does_not_cancel_the_shared_render()
    {
        var gate = new TaskCompletionSource();
        var render = _h.Render(before: () => gate.Task);
        using var aborted = new CancellationTokenSource();
        var first = _h.Cache.GetOrRenderAsync("/api/slow", CachePolicy.Forever, render, aborted.Token);
        var second = _h.Get("/api/slow", render);
        await aborted.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("v1", CacheHarness.Body(await second));
        Assert.Equal(CacheOutcome.Hit, (await _h.Get("/api/slow", render)).Outcome);
    }

    [Fact]
    public async Task Render_exceptions_reach_every_waiter_and_nothing_is_cached()
    {
        var gate = new TaskCompletionSource();
        var attempts = 0;
        async Task<CachedResponse> Render(CancellationToken _)
        {
            Interlocked.Increment(ref attempts);
            await gate.Task;
            throw new InvalidOperationException("handler bug");
        }

        var requests = Enumerable.Range(0, 3).Select(_ => _h.Get("/api/bug", Render)).ToArray();
        gate.SetResult();
        foreach (var request in requests)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => request);
        }

        Assert.Equal(1, attempts);
        Assert.Equal(CacheOutcome.Miss, (await _h.Get("/api/bug", _h.Render())).Outcome);
    }
}
