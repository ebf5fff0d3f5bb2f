using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Nextfunc.Tests.Shared.Apps;

public sealed partial class AppUnderTest
{
    /// <summary>
    /// Starts <paramref name="dll"/> as a user starts it, <c>dotnet App.dll --urls http://127.0.0.1:PORT</c> on a free
    /// port, and returns once it answers (<see cref="AppReadiness.FirstAnswer"/>). Throws with the app's output when it
    /// exits first (e.g. refusing a bad setting) or does not answer in time.
    /// </summary>
    /// <param name="dll">The built app.</param>
    /// <param name="environment">Extra environment variables (settings).</param>
    /// <param name="launcher">A command that runs <c>dotnet app.dll ...</c> given as its trailing arguments, e.g. to
    /// start the app in its own mount namespace with a read-only folder; none by default.</param>
    public static Task<AppUnderTest> StartProcessAsync(string dll, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyList<string>? launcher = null)
    {
        if (!File.Exists(dll))
            throw new InvalidOperationException($"The app is not built at {dll}; it builds with this test project.");
        return StartProcessAsync(Path.GetFileName(dll), port =>
        {
            string[] command = [.. launcher ?? [], "dotnet", dll, "--urls", $"http://127.0.0.1:{port}"];
            var start = new ProcessStartInfo(command[0]);
            foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
            foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
            return start;
        }, AppReadiness.FirstAnswer);
    }

    /// <summary>
    /// Starts the process <paramref name="command"/> describes for a free loopback port (the command decides how the
    /// app is told the port: an argument, an environment variable) and returns once it is ready by <paramref name="readiness"/>.
    /// Its stdout and stderr become <see cref="Output"/>; disposing kills its whole process tree.
    /// </summary>
    /// <param name="name">The app's name in failure messages.</param>
    /// <param name="command">The process to start, given the port it must listen on.</param>
    /// <param name="readiness">When it counts as started.</param>
    public static async Task<AppUnderTest> StartProcessAsync(string name, Func<int, ProcessStartInfo> command, AppReadiness readiness)
    {
        var port = FreePort();
        var start = command(port);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var output = new AppOutput();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppUnderTest(new Uri($"http://127.0.0.1:{port}"), output, () => process.HasExited, () => KillAsync(process), services: null);

        var failure = await WaitForFirstAnswerAsync(app, process, readiness);
        if (failure is null)
            return app;
        // Stopped first, so that the message has all the app wrote (its reason to exit is usually the last line).
        await app.DisposeAsync();
        var message = $"{name} did not start on port {port}: {failure}:\n{output.Text}";
        throw failure.StartsWith("it exited", StringComparison.Ordinal) ? new InvalidOperationException(message) : new TimeoutException(message);
    }

    /// <summary>Null once the app answered; else why it did not.</summary>
    private static async Task<string?> WaitForFirstAnswerAsync(AppUnderTest app, Process process, AppReadiness readiness)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                return $"it exited with code {process.ExitCode} before answering GET {readiness.Path}";
            if (clock.Elapsed > readiness.Budget)
                return $"no answer to GET {readiness.Path} within {readiness.Budget.TotalSeconds:0.#} s";
            try
            {
                using var response = await probe.GetAsync(new Uri(app.BaseAddress, readiness.Path));
                return null;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(readiness.Interval);
            }
        }
    }

    private static async ValueTask KillAsync(Process process)
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        // Also waits for the output readers to reach the end, so Output is complete afterwards.
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
