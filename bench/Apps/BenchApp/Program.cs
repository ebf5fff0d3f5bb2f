using BenchApp;
using Nextfunc.Caching;
using Nextfunc.Hosting;

// The generated entry point plus one client with the fetch cache, for bench/run's fetch-cache row: /api/fetched calls
// Bench:Upstream (bench/run points it at BareKestrel) and is answered from the cache after the first call.
var builder = NextfuncApp.CreateBuilder(args, GeneratedFunctions.Manifest);
builder.Services.AddHttpClient("upstream", c => c.BaseAddress = new Uri(builder.Configuration["Bench:Upstream"] ?? "http://127.0.0.1:9/"))
    .AddNextfuncFetchCache(new FetchCacheOptions { Cache = FetchCacheMode.ForceCache });
return await builder.Build().RunAsync();
