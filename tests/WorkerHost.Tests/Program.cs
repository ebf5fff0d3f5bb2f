using System.Globalization;
using Nextfunc.WorkerHost.Tests.Harness;

namespace Nextfunc.WorkerHost.Tests;

/// <summary>
/// Runs <see cref="WorkerTestHost"/> on its own, for any built worker app (see README.md in this folder):
/// <c>smoke</c> starts the app, sends the given requests, prints what came back and exits non-zero on a
/// mismatch; <c>serve</c> keeps the host up (like <c>func start</c>) until Ctrl+C.
/// (Under <c>dotnet test</c> the test runner has its own entry point and never calls this one.)
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: dotnet Nextfunc.WorkerHost.Tests.dll smoke APP-DIR APP-DLL ["METHOD PATH STATUS [BODY]"]...
               dotnet Nextfunc.WorkerHost.Tests.dll serve APP-DIR APP-DLL [--port N]
        """;

    /// <summary>smoke | serve, see <see cref="Usage"/>.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 3 || args[0] is not ("smoke" or "serve"))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var port = args[0] == "serve" && Array.IndexOf(args, "--port") is var i and >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 0;
        await using var host = await WorkerTestHost.StartAsync(args[1], args[2], httpPort: port);
        Console.WriteLine($"Worker test host (not the Functions host) on {host.BaseAddress}; worker pid {host.WorkerProcessId} ready in {host.StartupTime.TotalMilliseconds:0} ms.");
        Console.WriteLine($"Worker capabilities: {string.Join(", ", host.WorkerCapabilities.Select(c => $"{c.Key}={c.Value}"))}");
        foreach (var f in host.Routes.Functions)
            Console.WriteLine($"  {f.Name,-32} [{(f.Methods is null ? "all" : string.Join(',', f.Methods))}] /{f.Template}");
        foreach (var f in host.Functions)
            Console.WriteLine($"  raw_bindings of {f.Name}: {string.Join(" ", f.RawBindings)}");

        if (args[0] == "serve")
        {
            var stop = new TaskCompletionSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
            // SIGTERM too (scripts, benchmarks), so the worker is terminated and not left running.
            using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM,
                context => { context.Cancel = true; stop.TrySetResult(); });
            Console.WriteLine("Ctrl+C to stop.");
            await stop.Task;
            await ReportAsync(host);
            return 0;
        }
        var failures = await SmokeAsync(host, args[3..]);
        await ReportAsync(host);
        return failures == 0 ? 0 : 1;
    }

    private static async Task ReportAsync(WorkerTestHost host)
    {
        foreach (var invocation in await host.WaitForInvocationsAsync())
            Console.WriteLine($"  invocation {invocation}");
        Console.WriteLine("--- worker output ---\n" + host.Output);
        Console.WriteLine("--- RpcLog ---\n" + string.Join('\n', host.Logs));
    }

    private static async Task<int> SmokeAsync(WorkerTestHost host, string[] checks)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var failures = 0;
        foreach (var check in checks)
        {
            // "METHOD PATH STATUS [BODY]": one argument per request, the body being the rest of it.
            var parts = check.Split(' ', 4);
            var (method, path, status, body) = (parts[0], parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture), parts.ElementAtOrDefault(3));
            var started = System.Diagnostics.Stopwatch.StartNew();
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/')));
            var text = await response.Content.ReadAsStringAsync();
            var ok = (int)response.StatusCode == status && (body is null || text == body);
            failures += ok ? 0 : 1;
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {method} {path} -> {(int)response.StatusCode} '{text}' in {started.ElapsedMilliseconds} ms (expected {status}{(body is null ? "" : $" '{body}'")})");
        }
        return failures;
    }
}
