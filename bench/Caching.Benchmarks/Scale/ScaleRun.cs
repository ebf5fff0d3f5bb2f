using System.Collections.Concurrent;

namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>
/// One scenario at one instance count: N <see cref="SimInstance"/>s on a fresh container, each route requested by its
/// own client loop on every instance, store requests counted, and the guarantees checked on every answer: no request
/// fails, no body is torn, one render per route and window (or revalidation, or deploy), revalidations seen in time.
/// </summary>
internal sealed class ScaleRun(string connectionString, StoreRequestCounter counter, ScaleSettings settings)
{
    private readonly ConcurrentQueue<(string Path, long Render, double At)> _renders = new();
    private readonly ConcurrentQueue<(int Instance, long Render, double At)> _taggedServed = new();
    private readonly List<(double At, long Before)> _revalidations = [];
    private long _lastRender;
    private long _requests, _failed, _torn;

    /// <param name="scenario">steady: the mix alone; revalidate: plus <c>revalidateTag</c> every few seconds; deploy: N instances of a new build start cold at once; prerendered-deploy: the same after <c>prerender</c> stored every route.</param>
    public async Task<ScenarioResult> RunAsync(string scenario, int n, int seed)
    {
        var random = new Random(seed);
        var container = "scale" + Guid.NewGuid().ToString("N");
        var routes = SimRoute.Mix(settings.IsrWindow);
        var instances = Enumerable.Range(0, n).Select(i => new SimInstance(i, connectionString, container, "v1", counter, random, settings.EntryCopies)).ToArray();
        if (scenario == "prerendered-deploy")
            await PrerenderAsync(n, container, routes, random); // as `prerender` does in the deploy pipeline, before the swap
        else if (scenario != "deploy")
            await WarmAsync(instances, routes);

        var start = counter.Now;
        var end = start + settings.Seconds;
        var loops = instances.SelectMany(i => routes.Select(r => ClientLoopAsync(i, r, random.NextDouble(), end))).ToList();
        if (scenario == "revalidate")
            loops.Add(RevalidateLoopAsync(instances, new Random(seed + 1), end));
        await Task.WhenAll(loops);
        var rates = counter.Snapshot(start, end);
        await Task.WhenAll(instances.Select(i => i.Tracker.WhenIdleAsync()));

        var renders = _renders.Where(r => r.At >= start && r.At < end).ToArray();
        var (maxLag, unseen) = SeenLag(n, end);
        return new ScenarioResult(scenario, n, rates, _requests, _failed, _torn, renders.Length, ExtraRenders(renders, routes, scenario),
            maxLag, unseen, instances.Sum(i => i.Logger.Warnings));
    }

    // One instance renders every route, then every instance reads each once: the store and every L1 hold the mix.
    private async Task WarmAsync(SimInstance[] instances, SimRoute[] routes)
    {
        foreach (var route in routes)
            await instances[0].Cache.GetOrRenderAsync(route.Path, route.Policy, Render(instances[0], route), default);
        await Task.WhenAll(instances.Select(async i =>
        {
            foreach (var route in routes)
                await i.Cache.GetOrRenderAsync(route.Path, route.Policy, Render(i, route), default);
        }));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // past the tag checks of the warm-up and into the mix's own rhythm
    }

    // A process of the new build that is not one of the N renders every route into the store: the N start with empty L1s.
    private async Task PrerenderAsync(int n, string container, SimRoute[] routes, Random random)
    {
        var deployer = new SimInstance(n, connectionString, container, "v1", counter, random, settings.EntryCopies);
        foreach (var route in routes)
            await deployer.Cache.GetOrRenderAsync(route.Path, route.Policy, Render(deployer, route), default);
    }

    private Func<CancellationToken, Task<CachedResponse>> Render(SimInstance instance, SimRoute route) => async ct =>
    {
        var render = Interlocked.Increment(ref _lastRender);
        _renders.Enqueue((route.Path, render, counter.Now));
        await Task.Delay(settings.Render, ct);
        return new CachedResponse(200, [new("content-type", "text/plain")], SimBody.Create(render, route.Path, instance.Id)) { Tags = route.Tags };
    };

    private async Task ClientLoopAsync(SimInstance instance, SimRoute route, double phase, double end)
    {
        var period = 1 / settings.RequestsPerSecond;
        await Task.Delay(TimeSpan.FromSeconds(phase * period)); // the instances' requests do not arrive in lockstep
        var render = Render(instance, route);
        while (counter.Now < end)
        {
            var sent = counter.Now;
            Interlocked.Increment(ref _requests);
            try
            {
                var result = await instance.Cache.GetOrRenderAsync(route.Path, route.Policy, render, default);
                var served = SimBody.Verify(result.Response.Body.Span, route.Path);
                if (served < 0)
                    Interlocked.Increment(ref _torn);
                else if (route.Tags.Contains(SimRoute.ProductsTag))
                    _taggedServed.Enqueue((instance.Id, served, counter.Now));
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _failed);
            }

            var wait = period - (counter.Now - sent);
            if (wait > 0)
                await Task.Delay(TimeSpan.FromSeconds(wait));
        }
    }

    private async Task RevalidateLoopAsync(SimInstance[] instances, Random random, double end)
    {
        for (var at = counter.Now + settings.RevalidateEvery.TotalSeconds / 2; at < end - 1; at += settings.RevalidateEvery.TotalSeconds)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, at - counter.Now)));
            lock (_revalidations)
                _revalidations.Add((counter.Now, Interlocked.Read(ref _lastRender)));
            await instances[random.Next(instances.Length)].Cache.RevalidateTagAsync(SimRoute.ProductsTag);
        }
    }

    /// <summary>
    /// For each revalidation, how long until every instance served a render made after it (the bound it must meet is
    /// the instance's share of the revalidation spread, or the tag check interval if longer, plus a background refresh
    /// and two request periods: docs/caching.md, "Consistency note"); Unseen counts revalidations an instance never
    /// caught up with before the run ended (only those with the bound's time left are counted).
    /// </summary>
    private static readonly TimeSpan SeenBound = new OutputCacheOptions().RevalidationSpread + TimeSpan.FromSeconds(1);

    private (double MaxLag, int Unseen) SeenLag(int n, double end)
    {
        var served = _taggedServed.ToArray();
        double maxLag = double.NaN;
        var unseen = 0;
        foreach (var (at, before) in _revalidations)
        {
            if (end - at < SeenBound.TotalSeconds)
                continue;
            for (var i = 0; i < n; i++)
            {
                var first = served.Where(s => s.Instance == i && s.At > at && s.Render > before).Select(s => s.At).DefaultIfEmpty(double.NaN).Min();
                if (double.IsNaN(first))
                    unseen++;
                else
                    maxLag = double.IsNaN(maxLag) ? first - at : Math.Max(maxLag, first - at);
            }
        }

        return (maxLag, unseen);
    }

    /// <summary>
    /// Renders beyond what the guarantees allow: a force-static route renders once per deploy and per revalidation of
    /// one of its tags, the revalidating route once per window (two renders closer than the window, less the clocks' skew
    /// and a scheduling margin, are one too many).
    /// </summary>
    private int ExtraRenders((string Path, long Render, double At)[] renders, SimRoute[] routes, string scenario)
    {
        var extra = 0;
        foreach (var route in routes)
        {
            var times = renders.Where(r => r.Path == route.Path).Select(r => r.At).Order().ToArray();
            if (route.Policy.Revalidate is { } window)
            {
                extra += times.Zip(times.Skip(1), (a, b) => b - a).Count(gap => gap < window.TotalSeconds - 0.25);
                continue;
            }

            var allowed = (scenario == "deploy" ? 1 : 0) + (route.Tags.Contains(SimRoute.ProductsTag) ? _revalidations.Count : 0);
            extra += Math.Max(0, times.Length - allowed);
        }

        return extra;
    }
}
