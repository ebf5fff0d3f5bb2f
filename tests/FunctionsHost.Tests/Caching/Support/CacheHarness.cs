using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Nextfunc.Caching;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Tests.Caching.Support;

/// <summary>An <see cref="OutputCache"/> + <see cref="DataCache"/> over a <see cref="FlakyStore"/>, on fake time, with a counting renderer.</summary>
internal sealed class CacheHarness
{
    private int _renders;

    /// <param name="options">Engine options; defaults with build id "test-build".</param>
    /// <param name="withL1">Put an in-memory L1 in front of the flaky store, as the host does for blob and file stores.</param>
    public CacheHarness(OutputCacheOptions? options = null, bool withL1 = false)
    {
        Store = new FlakyStore(new MemoryCacheStore(64 << 20, Time));
        Options = options ?? new OutputCacheOptions { BuildId = "test-build" };
        Tracker = new BackgroundRegenerationTracker(NullLogger<BackgroundRegenerationTracker>.Instance);
        var tiers = withL1 ? CacheTiers.Tiered(new MemoryCacheStore(64 << 20, Time), Store) : CacheTiers.SharedOnly(Store);
        Cache = new OutputCache(tiers, Options, Tracker, Time, Logger);
        Data = new DataCache(Cache);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public FlakyStore Store { get; }
    public OutputCacheOptions Options { get; }
    public BackgroundRegenerationTracker Tracker { get; }
    public ListLogger<OutputCache> Logger { get; } = new();
    public OutputCache Cache { get; }
    public DataCache Data { get; }

    public int Renders => Volatile.Read(ref _renders);

    /// <summary>Counts renders; body is "v{n}" for the n-th render.</summary>
    public Func<CancellationToken, Task<CachedResponse>> Render(int status = 200, string? setCookie = null, Func<Task>? before = null) =>
        async _ =>
        {
            var n = Interlocked.Increment(ref _renders);
            if (before is not null)
            {
                await before();
            }

            List<KeyValuePair<string, string>> headers = [new("content-type", "text/plain")];
            if (setCookie is not null)
            {
                headers.Add(new("set-cookie", setCookie));
            }

            return Ok($"v{n}", status, headers);
        };

    public Task<CacheResult> Get(string path, Func<CancellationToken, Task<CachedResponse>> render, TimeSpan? revalidate = null) =>
        Cache.GetOrRenderAsync(path, new CachePolicy(revalidate), render, CancellationToken.None);

    public static CachedResponse Ok(string body, int status = 200, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        new(status, headers ?? [new("content-type", "text/plain")], Encoding.UTF8.GetBytes(body));

    public static string Body(CacheResult result) => Encoding.UTF8.GetString(result.Response.Body.Span);

    /// <summary>Drives fake time forward until <paramref name="task"/> completes (store timeouts run on fake time).</summary>
    public async Task<T> AdvanceUntil<T>(Task<T> task, TimeSpan step)
    {
        for (var i = 0; i < 200 && !task.IsCompleted; i++)
        {
            Time.Advance(step);
            await Task.Delay(5); // let continuations run; the assertion is on the outcome, not on elapsed time
        }

        return await task;
    }
}
