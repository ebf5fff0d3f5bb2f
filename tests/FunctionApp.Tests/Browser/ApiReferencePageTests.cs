using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Apps;
using Xunit.Abstractions;

namespace Nextfunc.FunctionApp.Tests.Browser;

/// <summary>
/// samples/SampleApp run as <c>dotnet run</c> runs it (its launchSettings' Development profile): the interactive API page at
/// <c>/scalar</c>, opened in a real headless Chromium, loads <c>/openapi.json</c> and lists every operation of it.
/// The page's screenshot is kept in <c>artifacts/browser/</c> for a person to look at.
/// ./test.sh installs Debian's chromium when it is missing.
/// </summary>
[Trait("Category", "Functional")]
public sealed class ApiReferencePageTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Development = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Nextfunc__OpenApi__Enabled"] = "true",
    };

    [Fact]
    public async Task ThePage_InHeadlessChromium_ListsEveryOperationOfTheDocument()
    {
        await using var app = await AppUnderTest.StartProcessAsync(Path.Combine(TestPaths.SampleAppOutput, "SampleApp.dll"), Development);
        var document = JsonNode.Parse(await app.Client.GetStringAsync("/openapi.json"))!;
        var page = new Uri(app.BaseAddress, "/scalar/");

        var dom = await ChromiumAsync("--dump-dom", page.ToString());
        var screenshot = Path.Combine(TestPaths.RepoRoot, "artifacts", "browser", "scalar-sample-app.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await ChromiumAsync($"--screenshot={screenshot}", "--window-size=1280,1600", page.ToString());
        output.WriteLine($"screenshot: {screenshot}");

        // The text a reader sees: Scalar breaks titles with <wbr> before punctuation ("One user by id<wbr>.").
        var text = WebUtility.HtmlDecode(Regex.Replace(dom, "<[^>]*>", ""));
        var missing = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (verb, operation) in item!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "patch" or "delete" or "head" or "options"))
            {
                // Scalar titles an operation by its summary, else by its path.
                var title = (string?)operation!["summary"] ?? path;
                if (!text.Contains(title, StringComparison.Ordinal)) missing.Add($"{verb.ToUpperInvariant()} {path} ({title})");
            }
        Assert.True(missing.Count == 0, $"The page does not list {missing.Count} operation(s): {string.Join(", ", missing)}. Screenshot: {screenshot}");
        Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 10_000, $"no screenshot of the page at {screenshot}");
    }

    // The flags that keep Chromium off the network it cannot reach here (it retries Google's hosts otherwise) and let
    // the page's script run to completion before the DOM or the screenshot is taken.
    private static async Task<string> ChromiumAsync(params string[] arguments)
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed: ./test.sh installs Debian's chromium (apt-get install chromium) before the tests.");
        var profile = Directory.CreateTempSubdirectory("nextfunc-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var flag in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                         "--virtual-time-budget=15000",
                     }.Concat(arguments))
                start.ArgumentList.Add(flag);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium {string.Join(' ', arguments)} did not finish in 2 minutes: {await stderr}");
            }
            Assert.True(process.ExitCode == 0, $"chromium {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
            return await stdout;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
