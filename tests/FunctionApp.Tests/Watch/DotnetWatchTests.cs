using System.Diagnostics;
using System.Net;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Apps;
using Xunit.Abstractions;

namespace Nextfunc.FunctionApp.Tests.Watch;

/// <summary>
/// <c>dotnet watch</c> on an app made from the template, as `next dev` is used: a handler body edit is applied by hot
/// reload; adding, renaming and deleting a route file and editing middleware.cs restart the app by themselves (the route
/// table is built once at start); the watcher never dies. Each step is timed in the test output.
/// </summary>
[Trait("Category", "Functional")]
public sealed class DotnetWatchTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StepBudget = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Watch_RouteAndMiddlewareEdits_EachAnswersWithoutTheWatcherDying()
    {
        // Arrange
        var dir = TemplateApp.Write("watch-app", "WatchApp");
        await using var watch = await AppUnderTest.StartProcessAsync("dotnet watch", port =>
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir };
            foreach (var a in new[] { "watch", "run", "--non-interactive", "--", "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(a);
            start.Environment["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1";
            // Polling, not inotify: on a shared machine the user's 128 inotify instances can run out, and dotnet watch dies.
            start.Environment["DOTNET_USE_POLLING_FILE_WATCHER"] = "1";
            return start;
        }, new AppReadiness("/api/hello", TimeSpan.FromMinutes(6), TimeSpan.FromMilliseconds(250)));
        var client = watch.Client;

        // Act + Assert, step by step: each waits for the app's new answer.
        await StepAsync(watch, "handler body edit", () => Edit(dir, "app/api/hello/route.cs", "Hello, {", "Hi, {"),
            async () => await client.GetStringAsync("/api/hello?name=watch") == "Hi, watch!");
        Assert.True(await HotReloadedAsync(watch), $"the body edit restarted the app instead of a hot reload:\n{watch.Output}");

        await StepAsync(watch, "route file added", () => AddRoute(Path.Combine(dir, "app/api/ping"), Route("Ping", "pong")),
            async () => await BodyAsync(client, "/api/ping") == "pong");

        await StepAsync(watch, "route file renamed (folder moved)", () => Directory.Move(Path.Combine(dir, "app/api/ping"), Path.Combine(dir, "app/api/pong")),
            async () => await BodyAsync(client, "/api/pong") == "pong" && await StatusAsync(client, "/api/ping") == HttpStatusCode.NotFound);

        await StepAsync(watch, "middleware.cs edited", () => Edit(dir, "middleware.cs", "\"Nextfunc\"", "\"Nextfunc-watch\""),
            async () => (await client.GetAsync("/api/hello")).Headers.TryGetValues("x-powered-by", out var v) && v.Single() == "Nextfunc-watch");

        await StepAsync(watch, "route file deleted", () => Directory.Delete(Path.Combine(dir, "app/api/pong"), recursive: true),
            async () => await StatusAsync(client, "/api/pong") == HttpStatusCode.NotFound && await StatusAsync(client, "/api/hello") == HttpStatusCode.OK);

        Assert.DoesNotContain("unexpected error", watch.Output, StringComparison.OrdinalIgnoreCase);
    }

    private async Task StepAsync(AppUnderTest watch, string step, Action edit, Func<Task<bool>> answered)
    {
        var clock = Stopwatch.StartNew();
        edit();
        while (true)
        {
            Assert.False(watch.HasExited, $"dotnet watch exited after: {step}\n{watch.Output}");
            try
            {
                if (await answered())
                {
                    output.WriteLine($"{step}: new answer after {clock.Elapsed.TotalSeconds:0.0} s");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // restarting: nobody listens for a moment
            }
            Assert.True(clock.Elapsed < StepBudget, $"no new answer {StepBudget.TotalMinutes} min after: {step}\n{watch.Output}");
            await Task.Delay(250);
        }
    }

    // dotnet watch says "C# and Razor changes applied" for a hot reload and "Restart is needed" otherwise; the line may come
    // a moment after the new answer.
    private static async Task<bool> HotReloadedAsync(AppUnderTest watch)
    {
        for (var i = 0; i < 40 && !watch.Output.Contains("changes applied", StringComparison.OrdinalIgnoreCase); i++)
            await Task.Delay(250);
        return watch.Output.Contains("changes applied", StringComparison.OrdinalIgnoreCase) && !watch.Output.Contains("Restart is needed", StringComparison.Ordinal);
    }

    // The folder first, then the file a moment later, as an editor does: on Linux a file written in the same instant as its
    // new folder is created can be missed by any recursive file watcher (the folder's inotify watch is added on its event).
    private static void AddRoute(string folder, string text)
    {
        Directory.CreateDirectory(folder);
        Thread.Sleep(TimeSpan.FromSeconds(1));
        TemplateApp.WriteFile(Path.Combine(folder, "route.cs"), text);
    }

    private static void Edit(string dir, string file, string from, string to)
    {
        var path = Path.Combine(dir, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string Route(string name, string answer) => $$"""
        namespace WatchApp.Api;

        public static class {{name}}
        {
            public static IResult GET() => NextResponse.Text("{{answer}}");
        }
        """;

    private static async Task<string?> BodyAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }
}
