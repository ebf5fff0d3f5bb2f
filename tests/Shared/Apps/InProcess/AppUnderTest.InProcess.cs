using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nextfunc.Hosting;
using Nextfunc.Routing;

namespace Nextfunc.Tests.Shared.Apps;

// The in-process half needs the library (src/FunctionsHost): this folder is linked only into the test projects that reference it.
public sealed partial class AppUnderTest
{
    /// <summary>
    /// Builds the app <paramref name="manifest"/> describes, as <c>NextfuncApp.CreateBuilder</c> does, and starts it in
    /// this process on Kestrel at 127.0.0.1 on a port the system picks (read back once it listens). Its log lines go to
    /// <see cref="Output"/> too. Without a folder of its own the app gets a private in-memory cache (unless the test
    /// configures a store): the file store's default folder is under the app folder, here the test assembly's, which
    /// every app the tests start would share.
    /// </summary>
    /// <param name="manifest">The routes and middleware, usually hand-built for the test.</param>
    /// <param name="configure">Settings, services, middleware or loggers to add before the app is built.</param>
    /// <param name="args">More command-line arguments (later ones win: a <c>--urls</c> among them over the loopback default).</param>
    /// <param name="appDirectory">The app folder (host.json, local.settings.json); the test assembly's folder by default.</param>
    public static async Task<AppUnderTest> StartAsync(FunctionAppManifest manifest, Action<NextfuncAppBuilder>? configure = null,
        IReadOnlyList<string>? args = null, string? appDirectory = null)
    {
        string[] privateCache = appDirectory is null ? ["--Nextfunc:Cache:Store=memory"] : [];
        var builder = new NextfuncAppBuilder(["--urls", "http://127.0.0.1:0", .. privateCache, .. args ?? []], manifest, appDirectory);
        var output = new AppOutput();
        builder.Logging.AddProvider(new AppOutputLogger(output));
        configure?.Invoke(builder);
        var app = builder.Build();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await DisposeHostAsync(app.Host);
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new AppUnderTest(new Uri(address), output, hasExited: () => false, stop: async () =>
        {
            await app.StopAsync();
            await DisposeHostAsync(app.Host);
        }, app.Services);
    }

    private static async ValueTask DisposeHostAsync(IHost host)
    {
        if (host is IAsyncDisposable disposable)
            await disposable.DisposeAsync();
        else
            host.Dispose();
    }
}
