using Nextfunc.Caching;

namespace Nextfunc.Tests.Caching.Stores;

[Trait("Category", "InProcess")]
public sealed class FileCacheStoreTests : CacheStoreConformanceTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "svc-file-store-" + Guid.NewGuid().ToString("N"));

    private protected override ICacheStore CreateStore(TimeProvider time) => new FileCacheStore(_root, time);

    [Fact]
    public async Task Writes_leave_no_temp_files()
    {
        var store = CreateStore(Time);
        await store.SetAsync("b1/route/x", new byte[10], default);
        await store.SetAsync("b1/route/x", new byte[20], default);
        Assert.DoesNotContain(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
