using Nextfunc.Tests.Caching.Processes;
using Nextfunc.Tests.Shared.Apps;
using Xunit.Abstractions;

namespace Nextfunc.Tests.Caching.Faults;

/// <summary>
/// The embedded file store on a cache folder that refuses writes: read-only, or full. The app runs in its own
/// mount namespace (<c>unshare</c>, no root needed) where the folder is a small tmpfs mounted read-only or filled
/// up, so the kernel itself answers EROFS / ENOSPC. It keeps serving every route, with one warning.
/// </summary>
[Trait("Category", "Functional")]
public sealed class FileStoreFaultTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("read-only", "mount -t tmpfs -o ro,size=64k tmpfs \"$CACHE_DIR\"")]
    [InlineData("full", "mount -t tmpfs -o size=64k tmpfs \"$CACHE_DIR\" && { head -c 1048576 /dev/zero > \"$CACHE_DIR/filler\" 2>/dev/null; true; }")]
    public async Task A_cache_folder_that_refuses_writes_keeps_every_route_serving_with_one_warning(string fault, string mount)
    {
        var folder = Directory.CreateTempSubdirectory("cache-" + fault + "-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["CACHE_DIR"] = folder,
            ["Nextfunc__Cache__Store"] = "file",
            ["Nextfunc__Cache__Path"] = folder,
            ["Nextfunc__BuildId"] = "files",
            // Retried often, so a warning per retry (instead of per outage) would show within this short test.
            ["Nextfunc__Cache__FailureCooldownSeconds"] = "0.2",
            // A request stuck behind a lock nobody holds would wait this long: unmistakable even on a loaded machine.
            ["Nextfunc__Cache__LockWaitSeconds"] = "30",
        };
        string[] launcher = ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private", "sh", "-c", mount + " && exec \"$0\" \"$@\""];
        var host = await AppUnderTest.StartProcessAsync(ConformanceHosts.AppDll, settings, launcher);
        try
        {
            // At least 40 answers over at least 3 s (many cooldowns): count-based, so a loaded machine only makes it longer.
            var load = new LoadRun();
            while ((load.Answers.Count < 40 || load.Elapsed < TimeSpan.FromSeconds(3)) && load.Elapsed < TimeSpan.FromSeconds(60))
            {
                using var step = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await load.RunAsync([host], ["/api/static", "/api/revalidate3", "/api/tagged", "/api/dynamic-default"], workers: 2, step.Token);
            }

            output.WriteLine($"{fault}: {load.Answers.Count} requests, {load.Answers.Count(a => a.Failed)} failed, slowest {load.Answers.Max(a => a.Took).TotalSeconds:0.00} s, " +
                $"store warnings {ConformanceHosts.StoreWarnings(host)}");
            Assert.DoesNotContain(load.Answers, a => a.Failed);
            // No request waits for a lock nobody holds (a lock file left half-written by a failed write).
            var slowest = load.Answers.Max(a => a.Took);
            Assert.True(slowest < TimeSpan.FromSeconds(10), $"slowest request took {slowest}");
            Assert.True(ConformanceHosts.StoreWarnings(host) == 1, host.Output);
            Assert.Contains(fault == "full" ? "No space left" : "Read-only file system", host.Output);
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
