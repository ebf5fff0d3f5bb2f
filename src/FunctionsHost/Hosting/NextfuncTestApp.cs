using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing;

namespace Nextfunc.Hosting;

/// <summary>
/// An app started for a test the way it starts in production: its own entry point runs (<c>Program.cs</c>, or the one
/// the generator writes), so every service it registers is there, on Kestrel on a free loopback port, with an in-memory
/// output cache of its own, in the Development environment (a handler's exception is in its 500's body). <see cref="Client"/> follows no redirects and keeps no cookies, so a test sees each answer
/// as sent. A service the app forgot to register fails the start here, naming it, as it would in production.
/// </summary>
/// <example>
/// <code>
/// await using var app = await NextfuncTestApp.StartAsync(GeneratedFunctions.Manifest);
/// var response = await app.Client.GetAsync("/api/hello?name=tests");
/// Assert.Equal(HttpStatusCode.OK, response.StatusCode);
/// </code>
/// </example>
public sealed class NextfuncTestApp : IAsyncDisposable
{
    // The test that is starting an app on this async flow, so the app's NextfuncApp.CreateBuilder finds it.
    private static readonly AsyncLocal<Start?> Starting = new();

    private readonly Start _start;
    private readonly Task<int> _main;

    private NextfuncTestApp(Start start, Task<int> main, NextfuncApp app, Uri baseAddress)
    {
        _start = start;
        _main = main;
        App = app;
        BaseAddress = baseAddress;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    }

    /// <summary>The running app: its services and host.</summary>
    public NextfuncApp App { get; }

    /// <summary>The app's services, as its own registrations made them.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>Where the app listens: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for <see cref="BaseAddress"/> that follows no redirects and keeps no cookies.</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// Runs the entry point of the app <paramref name="manifest"/> belongs to (<c>GeneratedFunctions.Manifest</c>) until it
    /// serves. <paramref name="configure"/> runs on the app's builder after <c>NextfuncApp.CreateBuilder</c>, before
    /// <c>Program.cs</c> adds its own services: a test's replacement registered there is overridden by the app's, so
    /// replace a service with <c>Services.Replace</c> after the app registered it, or configure settings here.
    /// </summary>
    /// <param name="manifest">The app's manifest: <c>GeneratedFunctions.Manifest</c>.</param>
    /// <param name="configure">Settings or services for the test (for example <c>b =&gt; b.Configuration["Nextfunc:Keys:Function"] = "k"</c>).</param>
    /// <param name="args">More command-line arguments for the app.</param>
    [RequiresUnreferencedCode("Runs the app's entry point by reflection; for tests, which run under the JIT.")]
    public static async Task<NextfuncTestApp> StartAsync(FunctionAppManifest manifest, Action<NextfuncAppBuilder>? configure = null, IReadOnlyList<string>? args = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var entry = manifest.AppAssembly?.EntryPoint ?? throw new InvalidOperationException(
            "The manifest's app has no entry point: NextfuncTestApp runs an app project (an executable with app/ and the Nextfunc build settings).");
        var start = new Start(configure);
        // Development, as ASP.NET Core's WebApplicationFactory starts an app: a handler that throws answers its exception
        // (DevelopmentErrorPage), so the failing assertion shows why. args can say otherwise (--environment Production).
        string[] arguments = ["--urls", "http://127.0.0.1:0", "--environment", "Development", "--Nextfunc:Cache:Store=memory", .. args ?? []];
        Starting.Value = start;
        Task<int> main;
        try
        {
            // On a thread of its own: the entry point blocks in RunAsync until the test disposes the app.
            main = Task.Run(() => Invoke(entry, arguments));
        }
        finally
        {
            Starting.Value = null;
        }
        var app = await Task.WhenAny(start.Serving.Task, main) == main
            ? throw new InvalidOperationException($"The app's entry point returned {await main} without serving (it did not call NextfuncApp's Build().RunAsync()).")
            : await start.Serving.Task;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new NextfuncTestApp(start, main, app, new Uri(address));
    }

    /// <summary>Stops the app and waits for its entry point to return.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _start.Stop.TrySetResult();
        await _main;
    }

    // The builder calls this: the test's settings and services, and the hand-over of the built app instead of blocking.
    internal static Start? Current => Starting.Value;

    private static async Task<int> Invoke(MethodInfo entry, string[] arguments)
    {
        var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [arguments]);
        return result switch
        {
            Task<int> exit => await exit,
            Task task => await task.ContinueWith(static t => { t.GetAwaiter().GetResult(); return 0; }),
            int exit => exit,
            _ => 0,
        };
    }

    /// <summary>One test's start: what to apply to the builder, and the app once it serves.</summary>
    internal sealed class Start(Action<NextfuncAppBuilder>? configure)
    {
        public Action<NextfuncAppBuilder>? Configure { get; } = configure;

        public TaskCompletionSource<NextfuncApp> Serving { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Stop { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
