using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nextfunc.Hosting;
using Nextfunc.Invocation;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Telemetry.Benchmarks;

/// <summary>The host's services around a manifest, and requests to push through its pipeline without a socket.</summary>
internal static class BenchPipeline
{
    /// <summary>A slim web app for its environment and configuration; never started, no logging providers.</summary>
    public static IServiceProvider Services(FunctionAppManifest manifest, Action<IConfigurationManager>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        configure?.Invoke(builder.Configuration);
        builder.Services.AddNextfuncHost(manifest, new FunctionsMiddlewareChain(), FunctionsHostFiles.Read(Path.GetTempPath()), builder.Configuration, HostingMode.Standalone);
        return builder.Build().Services;
    }

    /// <summary>A GET of <paramref name="target"/> as Kestrel would hand it over, its response body discarded.</summary>
    public static DefaultHttpContext Get(IServiceProvider services, string target)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "GET";
        context.Request.Path = target;
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = target;
        context.Request.Headers.Host = "localhost:3000";
        context.Response.Body = Stream.Null;
        return context;
    }
}
