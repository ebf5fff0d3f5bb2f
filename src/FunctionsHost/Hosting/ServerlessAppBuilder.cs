using Microsoft.AspNetCore.Hosting;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serverless.FunctionsHost.Middleware;
using Serverless.Routing.Functions;

namespace Serverless.FunctionsHost.Hosting;

/// <summary>
/// Configures a Serverless app: services, Functions-style middlewares, configuration. Reads
/// <c>host.json</c> and <c>local.settings.json</c> from the app folder before anything else.
/// </summary>
public sealed class ServerlessAppBuilder
{
    internal ServerlessAppBuilder(string[] args, FunctionAppManifest manifest)
    {
        Manifest = manifest;
        (Command, var hostArgs) = AppCommand.Parse(args);
        var contentRoot = AppContext.BaseDirectory;
        Files = FunctionsHostFiles.Read(contentRoot);
        foreach (var (key, value) in Files.Settings)
        {
            // local.settings.json Values become environment variables, as under `func start`; real ones win.
            var variable = key.Replace(ConfigurationPath.KeyDelimiter, "__");
            if (Environment.GetEnvironmentVariable(variable) is null && !key.StartsWith("Logging:"))
                Environment.SetEnvironmentVariable(variable, value);
        }

        Web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = hostArgs, ContentRootPath = contentRoot });
        Web.Configuration.AddInMemoryCollection(Files.Settings.Where(s => s.Key.StartsWith("Logging:")));
        Web.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        Web.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        ConfigureUrls();
        Middlewares = new FunctionsMiddlewareBuilder(Web.Services);
        Web.Services.AddServerlessHost(manifest, Middlewares, Files, Web.Configuration);
    }

    /// <summary>The compiled app.</summary>
    public FunctionAppManifest Manifest { get; }

    /// <summary>host.json and local.settings.json as read.</summary>
    public FunctionsHostFiles Files { get; }

    /// <summary>The command to run instead of serving (<c>routes</c>, ...), or <see cref="AppCommand.Serve"/>.</summary>
    public AppCommand Command { get; }

    /// <summary>The underlying ASP.NET Core builder.</summary>
    public WebApplicationBuilder Web { get; }

    /// <summary>Services for dependency injection (handler parameters resolve from here).</summary>
    public IServiceCollection Services => Web.Services;

    /// <summary>Configuration: appsettings, environment, local.settings.json Values, command line.</summary>
    public ConfigurationManager Configuration => Web.Configuration;

    /// <summary>The Functions-style middlewares around every function.</summary>
    public FunctionsMiddlewareBuilder Middlewares { get; }

    /// <summary>Adds a Functions-style middleware for every request.</summary>
    public ServerlessAppBuilder UseMiddleware<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>() where T : class, IFunctionsMiddleware
    {
        Middlewares.UseMiddleware<T>();
        return this;
    }

    /// <summary>Adds a Functions-style middleware that runs when <paramref name="predicate"/> holds.</summary>
    public ServerlessAppBuilder UseWhen<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(Func<FunctionContext, bool> predicate) where T : class, IFunctionsMiddleware
    {
        Middlewares.UseWhen<T>(predicate);
        return this;
    }

    /// <summary>Builds the app.</summary>
    public ServerlessApp Build() => new(this, Web.Build());

    private void ConfigureUrls()
    {
        // Under the Functions host the handler listens where the host says; otherwise --urls /
        // ASPNETCORE_URLS win, and the default is local.settings.json Host.LocalHttpPort (7071).
        var customHandlerPort = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (!string.IsNullOrEmpty(customHandlerPort))
            Web.WebHost.UseUrls($"http://127.0.0.1:{customHandlerPort}");
        else if (string.IsNullOrEmpty(Web.Configuration["urls"]))
            Web.WebHost.UseUrls($"http://localhost:{Files.LocalHttpPort}");
    }
}
