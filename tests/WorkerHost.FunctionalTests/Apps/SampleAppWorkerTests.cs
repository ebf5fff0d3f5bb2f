using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Nextfunc.Tests.Shared.Apps;
using Nextfunc.Tests.Shared.HostProxying;
using Nextfunc.WorkerHost.FunctionalTests.Support;
using Rpc = Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>
/// The sample app as a real isolated worker: every route × verb is in the worker's own metadata answer
/// exactly as the reviewed layout baselines say, and invoking each one runs its handler (the answer equals
/// the standalone app's, so no function is a silent no-op), with the app's Functions middleware around it once.
/// </summary>
[Collection(SampleWorkerCollection.Name)]
[Trait("Category", "Functional")]
public sealed class SampleAppWorkerTests(SampleWorker app)
{
    [Fact]
    public void EveryRouteFunction_IsInTheWorkersOwnMetadata_AsTheReviewedLayoutSays()
    {
        var expected = Directory.EnumerateDirectories(AppBuilds.SampleBaselines)
            .Select(dir => Describe(Path.GetFileName(dir), JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "function.json")))!["bindings"]![0]!))
            .Order().ToList();
        var reported = app.Host.Functions
            .Select(f => $"{f.Name} {f.Route} [{(f.Methods is null ? "*" : string.Join(',', f.Methods))}] {f.AuthLevel}")
            .Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, reported);
        Assert.All(app.Host.Functions, f => Assert.Equal("dotnet-isolated", f.Language));
    }

    [Fact]
    public async Task InvokingEveryFunction_RunsItsHandler_AndAnswersAsTheStandaloneApp()
    {
        await using var standalone = await AppUnderTest.StartProcessAsync(Path.Combine(app.AppDirectory, app.AppDll), app.Settings);
        var direct = standalone.Client;

        foreach (var function in app.Host.Functions.Where(f => f.Name != "zz_fallback"))
        {
            var method = function.Methods!.First(m => m != "head").ToUpperInvariant();
            var path = "/" + Concrete(function.Route!);
            // A function-level route needs the host's key at the host; the app accepts the same key standalone (its settings).
            var key = function.AuthLevel == "function" ? HostKeys.FunctionKey : null;
            var viaWorker = await SendAsync(app.Client, method, path, key);
            var viaKestrel = await SendAsync(direct, method, path, key);

            Assert.True(viaKestrel == viaWorker, $"{function.Name}: {method} {path}\nworker:     {viaWorker}\nstandalone: {viaKestrel}\n{app.Log}");
            var invocations = await app.Host.WaitForInvocationsAsync();
            Assert.Contains(invocations, i => i.FunctionName == function.Name && i.Status == Rpc.StatusResult.Types.Status.Success);
        }
    }

    [Theory]
    [InlineData("/api/users/1", 200)]
    [InlineData("/api/users/abc", 404)]   // GET(int id): not an int, so no route matches, before any handler runs
    [InlineData("/openapi.json", 200)]    // the sample enables Nextfunc:OpenApi:Enabled
    public async Task TypedParamsAndTheOpenApiDocument_AnswerAsTheStandaloneApp(string path, int status)
    {
        await using var standalone = await AppUnderTest.StartProcessAsync(Path.Combine(app.AppDirectory, app.AppDll), app.Settings);
        var direct = standalone.Client;

        var viaWorker = await SendAsync(app.Client, "GET", path);
        var viaKestrel = await SendAsync(direct, "GET", path);

        Assert.StartsWith(status + " ", viaWorker);
        Assert.True(viaKestrel == viaWorker, $"GET {path}\nworker:     {viaWorker}\nstandalone: {viaKestrel}\n{app.Log}");
    }

    [Fact]
    public async Task TheFunctionsMiddleware_RunsOnceAroundTheFunction()
    {
        using var response = await app.Client.GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // RequestTiming appends one Server-Timing entry per run.
        Assert.Single(response.Headers.GetValues("Server-Timing"), v => v.StartsWith("app;dur="));
    }

    private static string Describe(string name, JsonNode trigger) =>
        $"{name} {(string?)trigger["route"]} [{(trigger["methods"] is JsonArray m ? string.Join(',', m.Select(x => (string?)x)) : "*")}] {(string?)trigger["authLevel"]}";

    // A URL the route template matches: a value for each parameter, two segments for a catch-all.
    private static string Concrete(string route) =>
        string.Join('/', route.Split('/').Select(s => s.StartsWith("{*") ? "a/b" : s.StartsWith('{') ? "1" : s)).TrimEnd('/');

    private static async Task<string> SendAsync(HttpClient client, string method, string path, string? key = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (key is not null)
            request.Headers.Add("x-functions-key", key);
        if (method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("""{"name":"Linus"}""", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {await response.Content.ReadAsStringAsync()}";
    }
}
