using Nextfunc.FunctionApp.Tests.Harness;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>
/// Runs the host model on its own, so any app's layout can be exercised from outside the tests, e.g. with
/// the conformance suite:
/// <c>dotnet Nextfunc.FunctionApp.Tests.dll host-model out/app-functions --port 7071</c>, then
/// <c>python3 tests/conformance/run.py http://127.0.0.1:7071 tests/conformance/cases.json --skip-tag quirk</c>.
/// (Under <c>dotnet test</c> the test runner has its own entry point and never calls this one.)
/// </summary>
public static class Program
{
    /// <summary>host-model &lt;layout-dir&gt; [--port N] [--quiet]</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 2 || args[0] != "host-model")
        {
            Console.Error.WriteLine("usage: dotnet Nextfunc.FunctionApp.Tests.dll host-model <layout-dir> [--port N] [--quiet]");
            return 2;
        }
        var port = 7071;
        var i = Array.IndexOf(args, "--port");
        if (i >= 0 && (i + 1 >= args.Length || !int.TryParse(args[i + 1], out port)))
        {
            Console.Error.WriteLine("--port needs a number");
            return 2;
        }
        Action<string>? log = args.Contains("--quiet") ? null : Console.WriteLine;

        await using var host = await FunctionsHostModel.StartAsync(args[1], port, log: log);
        Console.WriteLine($"Host model (a model of the Functions host, not the host) listening on {host.BaseAddress}; handler on 127.0.0.1:{host.Handler.BaseAddress.Port}.");
        foreach (var f in host.Routes.Functions)
            Console.WriteLine($"  {f.Name,-32} [{(f.Methods is null ? "all" : string.Join(',', f.Methods))}] {f.Route}");
        Console.WriteLine("Ctrl+C to stop.");

        // The web host's console lifetime turns Ctrl+C / SIGTERM into a shutdown; disposing stops the handler too.
        await host.WaitForShutdownAsync();
        return 0;
    }
}
