using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nextfunc.FunctionApp;
using Nextfunc.Invocation;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Hosting;

/// <summary>
/// A Nextfunc app: <see cref="CreateBuilder"/> configures it (services, Functions middlewares), <see cref="NextfuncAppBuilder.Build"/>
/// builds it, and the built app serves HTTP through the pipeline (on Kestrel or in the worker) or runs a command. The generator
/// calls <see cref="RunAsync(string[], FunctionAppManifest)"/> when the project has no <c>Program.cs</c>.
/// </summary>
/// <example>
/// <code>
/// var builder = NextfuncApp.CreateBuilder(args, GeneratedFunctions.Manifest);
/// builder.Services.AddSingleton&lt;IUserStore, InMemoryUserStore&gt;();
/// builder.UseMiddleware&lt;ExceptionLogging&gt;();
/// return await builder.Build().RunAsync();
/// </code>
/// </example>
public sealed class NextfuncApp
{
    private readonly NextfuncAppBuilder _builder;

    /// <summary>Creates a builder for the app described by <paramref name="manifest"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="manifest">The compiled app: <c>GeneratedFunctions.Manifest</c>.</param>
    public static NextfuncAppBuilder CreateBuilder(string[] args, FunctionAppManifest manifest) => new(args, manifest);

    /// <summary>Builds and runs the app with no extra services: serve, or run a command (<c>routes</c>, ...). Returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="manifest">The compiled app: <c>GeneratedFunctions.Manifest</c>.</param>
    public static Task<int> RunAsync(string[] args, FunctionAppManifest manifest) => CreateBuilder(args, manifest).Build().RunAsync();

    internal NextfuncApp(NextfuncAppBuilder builder, IHost host)
    {
        _builder = builder;
        Host = host;
        if (host is WebApplication web)
        {
            Web = web;
            // Only to serve: a command (routes, functions-layout, openapi) builds no pipeline, so it creates no cache store
            // (no .nextfunc folder beside the app) and opens no storage connection.
            if (builder.Command == AppCommand.Serve)
            {
                OpenApi.ApiReferencePage.MapIfDevelopment(web);
                web.Run(web.Services.GetRequiredService<KestrelEntry>().InvokeAsync);
            }
        }
    }

    /// <summary>The underlying host: a <see cref="WebApplication"/> on Kestrel, the worker's host under the Functions host.</summary>
    public IHost Host { get; }

    /// <summary>The ASP.NET Core app on Kestrel (for tests: its URLs, lifetime); null under the isolated worker.</summary>
    public WebApplication? Web { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => Host.Services;

    /// <summary>Runs the command given on the command line, or serves until shut down. Returns the exit code.</summary>
    public async Task<int> RunAsync()
    {
        switch (_builder.Command.Name)
        {
            case "routes":
                Console.Out.Write(RouteListing.Format(_builder.Manifest));
                return 0;
            case "functions-layout":
                return FunctionsLayoutCommand.Run(_builder.Manifest, _builder.Command.Arguments, Console.Out, Console.Error);
            case "openapi":
                return OpenApiCommand.Run(Services.GetRequiredService<OpenApi.OpenApiDocumentEndpoint>(), _builder.Command.Arguments, Console.Out, Console.Error);
            case "prerender":
                return await PrerenderCommand.RunAsync(_builder.Manifest, Services, Console.Out, Console.Error);
            case "serve" when _builder.TestStart is { } test:
                // Started by a test: serve until the test is done with it, instead of until a shutdown signal.
                await Host.StartAsync();
                test.Serving.TrySetResult(this);
                await test.Stop.Task;
                await Host.StopAsync();
                return 0;
            case "serve":
                await Host.RunAsync();
                return 0;
            default:
                Console.Error.WriteLine($"'{_builder.Command.Name}' is not available in this build. Commands: {string.Join(", ", AppCommand.Known.Keys)}.");
                return 2;
        }
    }

    /// <summary>Starts serving without blocking (tests); stop with <see cref="StopAsync"/>.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => Host.StartAsync(cancellationToken);

    /// <summary>Stops serving.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => Host.StopAsync(cancellationToken);
}
