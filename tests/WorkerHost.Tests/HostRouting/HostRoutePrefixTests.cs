using Nextfunc.Tests.Shared.HostRouting;

namespace Nextfunc.WorkerHost.Tests.HostRouting;

/// <summary>host.json's routePrefix: read from the app folder, "api" when absent, put in front of every route.</summary>
[Trait("Category", "InProcess")]
public sealed class HostRoutePrefixTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("route-prefix-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void WithoutHostJsonThePrefixIsApi() => Assert.Equal("api", HostRoutePrefix.Read(_dir));

    [Theory]
    [InlineData("""{"version":"2.0"}""", "api")]
    [InlineData("""{"version":"2.0","extensions":{"http":{}}}""", "api")]
    [InlineData("""{"version":"2.0","extensions":{"http":{"routePrefix":""}}}""", "")]
    [InlineData("""{"version":"2.0","extensions":{"http":{"routePrefix":"v1"}}}""", "v1")]
    [InlineData("{ // comments and trailing commas, as the host tolerates\n \"extensions\": { \"http\": { \"routePrefix\": \"v2\", }, }, }", "v2")]
    public void HostJsonSetsThePrefix(string hostJson, string expected)
    {
        File.WriteAllText(Path.Combine(_dir, "host.json"), hostJson);
        Assert.Equal(expected, HostRoutePrefix.Read(_dir));
    }

    [Theory]
    [InlineData("api", "/api/users", true)]
    [InlineData("api", "/users", false)]
    [InlineData("", "/users", true)]
    [InlineData("", "/api/users", false)]
    public void ThePrefixComesBeforeTheRoute(string prefix, string path, bool matches) =>
        Assert.Equal(matches, HostFunction.Create("users", "users", ["get"], "anonymous", prefix).Matches("GET", path));

    [Fact]
    public void AFunctionJsonLayoutIsLoadedInNameOrderWithItsPrefix()
    {
        File.WriteAllText(Path.Combine(_dir, "host.json"), """{"extensions":{"http":{"routePrefix":"v1"}}}""");
        WriteFunction("b_users", "users", """["get"]""");
        WriteFunction("A_all", "{*path}", "null");
        var table = HostRouteTable.Load(_dir);
        Assert.Equal(["A_all", "b_users"], table.Functions.Select(f => f.Name));
        Assert.Equal("A_all", table.Match("GET", "/v1/users")?.Name);
        Assert.Null(table.Match("GET", "/users"));
    }

    private void WriteFunction(string name, string route, string methods)
    {
        Directory.CreateDirectory(Path.Combine(_dir, name));
        File.WriteAllText(Path.Combine(_dir, name, "function.json"), $$"""
            {"bindings":[{"type":"httpTrigger","direction":"in","name":"req","route":"{{route}}","methods":{{methods}},"authLevel":"anonymous"},
                         {"type":"http","direction":"out","name":"res"}]}
            """);
    }
}
