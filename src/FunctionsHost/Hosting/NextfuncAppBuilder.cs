using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nextfunc.Invocation;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;
using Nextfunc.Settings;
using Nextfunc.Worker;

namespace Nextfunc.Hosting;

/// <summary>
/// Configures a Nextfunc app: services, Functions middlewares, configuration. Reads
/// <c>host.json</c> and <c>local.settings.json</c> from the app folder before anything else, and
/// picks the host from how the process was launched (<see cref="HostingMode"/>).
/// It is an <see cref="IFunctionsWorkerApplicationBuilder"/>, so the worker's own
/// <c>UseMiddleware&lt;T&gt;()</c> and <c>UseWhen&lt;T&gt;(predicate)</c> register a middleware that runs
/// around every function in every mode.
/// </summary>
/// <example>
/// <code>
/// var builder = NextfuncApp.CreateBuilder(args, GeneratedFunctions.Manifest);
/// builder.Services.AddSingleton&lt;IUserStore, InMemoryUserStore&gt;();
/// builder.UseMiddleware&lt;RequestTiming&gt;();
/// builder.UseWhen&lt;AdminOnly&gt;(context => context.FunctionDefinition.Name.Contains("_admin_"));
/// return await builder.Build().RunAsync();
/// </code>
/// </example>
public sealed class NextfuncAppBuilder : IFunctionsWorkerApplicationBuilder
{
    private readonly FunctionsApplicationBuilder? _worker;
    private readonly FunctionsMiddlewareChain _middlewares = new();

    /// <param name="args">The command line.</param>
    /// <param name="manifest">The compiled app.</param>
    /// <param name="appDirectory">Where host.json and local.settings.json are read, and the content root; the app's folder unless a test says otherwise.</param>
    internal NextfuncAppBuilder(string[] args, FunctionAppManifest manifest, string? appDirectory = null)
    {
        appDirectory ??= AppContext.BaseDirectory;
        Manifest = manifest;
        Mode = DetectMode(args);
        (Command, var hostArgs) = Mode == HostingMode.IsolatedWorker ? (AppCommand.Serve, args) : AppCommand.Parse(args);
        Files = FunctionsHostFiles.Read(appDirectory);

        if (Mode == HostingMode.IsolatedWorker)
        {
            if (!IsolatedWorkerSupport.IsSupported)
                throw new PlatformNotSupportedException(IsolatedWorkerSupport.NotSupportedMessage);
            _worker = IsolatedWorkerHosting.CreateBuilder(hostArgs);
            _worker.Configuration.AddLoggingDefaults();
            _worker.Configuration.AddLocalSettings(Files.Settings);
            Host = _worker;
        }
        else
        {
            Web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = hostArgs, ContentRootPath = appDirectory });
            Web.Configuration.AddLoggingDefaults();
            Web.Configuration.AddLocalSettings(Files.Settings);
            Web.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
            Web.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
            ConfigureUrls(Web);
            Host = Web;
        }
        // The packages that extend Nextfunc register first: the host adds its defaults only where they left a gap.
        foreach (var configure in manifest.Extensions)
            configure(Services);
        Services.AddNextfuncHost(manifest, _middlewares, Files, Configuration, Mode);
        // A test started this app through NextfuncTestApp: its settings apply before Program.cs adds its own services.
        TestStart = NextfuncTestApp.Current;
        TestStart?.Configure?.Invoke(this);
    }

    /// <summary>The compiled app.</summary>
    public FunctionAppManifest Manifest { get; }

    /// <summary>How the process was launched: standalone Kestrel, custom handler or isolated worker.</summary>
    public HostingMode Mode { get; }

    /// <summary>host.json and local.settings.json as read.</summary>
    public FunctionsHostFiles Files { get; }

    /// <summary>The test that starts this app, if one does (<see cref="NextfuncTestApp"/>).</summary>
    internal NextfuncTestApp.Start? TestStart { get; }

    /// <summary>The command to run instead of serving (<c>routes</c>, ...), or <see cref="AppCommand.Serve"/>.</summary>
    internal AppCommand Command { get; }

    /// <summary>The underlying host builder: an ASP.NET Core <see cref="WebApplicationBuilder"/> on Kestrel, the worker's <see cref="FunctionsApplicationBuilder"/> under the Functions host.</summary>
    public IHostApplicationBuilder Host { get; }

    /// <summary>The ASP.NET Core builder on Kestrel (standalone, custom handler); null under the isolated worker.</summary>
    public WebApplicationBuilder? Web { get; }

    /// <summary>Services for dependency injection (handler parameters resolve from here).</summary>
    public IServiceCollection Services => Host.Services;

    /// <summary>
    /// Configuration, later sources winning: the ASP.NET Core template's log levels, appsettings.json, local.settings.json <c>Values</c> and host.json log levels,
    /// environment variables, command line. <see cref="NextfuncOptions"/> is bound from its <c>Nextfunc</c> section.
    /// </summary>
    public IConfigurationManager Configuration => Host.Configuration;

    /// <summary>Logging providers and filters.</summary>
    public ILoggingBuilder Logging => Host.Logging;

    /// <summary>
    /// Adds a Functions middleware around every function, first registered outermost. Prefer the worker's
    /// extension methods: <c>UseMiddleware&lt;T&gt;()</c>, <c>UseWhen&lt;T&gt;(predicate)</c>.
    /// </summary>
    public IFunctionsWorkerApplicationBuilder Use(Func<FunctionExecutionDelegate, FunctionExecutionDelegate> middleware)
    {
        if (IsolatedWorkerSupport.IsSupported && _worker is not null) _worker.Use(middleware);
        else _middlewares.Use(middleware);
        return this;
    }

    /// <summary>
    /// Adds a Functions middleware around every function (resolved from DI as a singleton, first registered
    /// outermost), exactly as the worker's <c>UseMiddleware&lt;T&gt;()</c> extension does. This overload is the
    /// one C# picks on a Nextfunc builder: it keeps <typeparamref name="T"/>'s constructor for trimming and
    /// Native AOT, which the worker's extension does not.
    /// </summary>
    public NextfuncAppBuilder UseMiddleware<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>()
        where T : class, IFunctionsWorkerMiddleware => UseWhen<T>(static _ => true);

    /// <summary>Adds a Functions middleware that runs only when <paramref name="predicate"/> holds; as the worker's <c>UseWhen&lt;T&gt;()</c>.</summary>
    public NextfuncAppBuilder UseWhen<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(Func<FunctionContext, bool> predicate)
        where T : class, IFunctionsWorkerMiddleware
    {
        ArgumentNullException.ThrowIfNull(predicate);
        Services.AddSingleton<T>();
        Use(next => context => predicate(context)
            ? context.InstanceServices.GetRequiredService<T>().Invoke(context, next)
            : next(context));
        return this;
    }

    /// <summary>
    /// Builds the app. To serve it, every service a handler takes must be registered: a missing one throws here, naming the
    /// handler, its route file and the registration to add.
    /// </summary>
    public NextfuncApp Build()
    {
        IHost host;
        if (!IsolatedWorkerSupport.IsSupported || _worker is null)
        {
            host = Web!.Build();
        }
        else
        {
            IsolatedWorkerHosting.ListRouteFunctions(Services, Manifest);
            host = _worker.Build();
        }
        // Serving (or prerendering) with a handler whose service is missing would fail at its first request: fail here.
        if (Command.Name is "serve" or "prerender")
            HandlerServices.ThrowIfMissing(Manifest, host.Services);
        if (Command.Name == "serve" && Mode == HostingMode.Standalone)
            UnprotectedRoutes.WarnIfAny(Manifest, host.Services);
        return new NextfuncApp(this, host);
    }

    /// <summary>
    /// The Functions host launches a dotnet-isolated worker with <c>--functions-uri</c> (and the older
    /// <c>--host</c>/<c>--port</c> pair with <c>--workerId</c>); a custom handler gets <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>.
    /// </summary>
    internal static HostingMode DetectMode(string[] args)
    {
        if (args.Any(a => a.StartsWith("--functions-uri", StringComparison.Ordinal) || a.StartsWith("--functions-worker-id", StringComparison.Ordinal) || a == "--workerId"))
            return HostingMode.IsolatedWorker;
        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT")) ? HostingMode.Standalone : HostingMode.CustomHandler;
    }

    private void ConfigureUrls(WebApplicationBuilder web)
    {
        // Under the Functions host the handler listens where the host says; otherwise --urls /
        // ASPNETCORE_URLS win, and the default is local.settings.json Host.LocalHttpPort (7071).
        if (Mode == HostingMode.CustomHandler)
            web.WebHost.UseUrls($"http://127.0.0.1:{Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT")}");
        else if (string.IsNullOrEmpty(web.Configuration["urls"]))
            web.WebHost.UseUrls($"http://localhost:{Files.LocalHttpPort}");
    }
}
