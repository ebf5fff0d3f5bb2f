using Nextfunc.Hosting;

namespace Nextfunc.Tests.Hosting;

/// <summary>How the launch picks the mode (one build, no flags), and the route prefix each mode serves.</summary>
[Trait("Category", "InProcess")]
public sealed class HostingModeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sls-hostfiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--functions-uri", "http://127.0.0.1:5000/", "--functions-worker-id", "w1")]
    [InlineData("--host", "127.0.0.1", "--port", "5000", "--workerId", "w1", "--requestId", "r1")]
    [InlineData("--functions-uri=http://127.0.0.1:5000/")]
    public void TheFunctionsHostsWorkerArguments_StartAnIsolatedWorker(params string[] args) =>
        Assert.Equal(HostingMode.IsolatedWorker, NextfuncAppBuilder.DetectMode(args));

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:0")]
    [InlineData("routes")]
    public void AnythingElse_IsNotAWorker(params string[] args) =>
        Assert.NotEqual(HostingMode.IsolatedWorker, NextfuncAppBuilder.DetectMode(args));

    [Fact]
    public void WithoutARoutePrefixInHostJson_OnlyTheWorkerServesUnderApi_AsTheFunctionsHostDoes()
    {
        File.WriteAllText(Path.Combine(_folder, "host.json"), """{ "version": "2.0" }""");
        var files = FunctionsHostFiles.Read(_folder);

        Assert.Equal("api", files.RoutePrefixFor(HostingMode.IsolatedWorker));
        Assert.Equal("", files.RoutePrefixFor(HostingMode.Standalone));
        Assert.Equal("", files.RoutePrefixFor(HostingMode.CustomHandler));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1")]
    public void ARoutePrefixInHostJson_IsServedInEveryMode(string prefix)
    {
        File.WriteAllText(Path.Combine(_folder, "host.json"), $$"""{ "version": "2.0", "extensions": { "http": { "routePrefix": "{{prefix}}" } } }""");
        var files = FunctionsHostFiles.Read(_folder);

        Assert.All(Enum.GetValues<HostingMode>(), mode => Assert.Equal(prefix, files.RoutePrefixFor(mode)));
    }
}
