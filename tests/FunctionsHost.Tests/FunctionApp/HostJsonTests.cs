using System.Text.Json.Nodes;
using Nextfunc.FunctionApp;

namespace Nextfunc.Tests.FunctionApp;

/// <summary>Executable detection and the host.json merge.</summary>
[Trait("Category", "InProcess")]
public sealed class HostJsonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sls-exe-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Touch(string name, string text = "") => File.WriteAllText(Path.Combine(_dir, name), text);

    [Fact]
    public void FrameworkDependentRunsThroughDotnet()
    {
        Touch("App.dll");
        Touch("App");
        Touch("App.runtimeconfig.json", """{"runtimeOptions":{"framework":{"name":"Microsoft.AspNetCore.App","version":"10.0.0"}}}""");
        Assert.Equal("dotnet", HandlerExecutable.Detect(_dir, "App").Path);
        Assert.Equal(["App.dll"], HandlerExecutable.Detect(_dir, "App").Arguments);
    }

    [Fact]
    public void SelfContainedRunsItsExecutable()
    {
        Touch("App.dll");
        Touch("App.exe");
        Touch("App.runtimeconfig.json", """{"runtimeOptions":{"includedFrameworks":[{"name":"Microsoft.NETCore.App","version":"10.0.0"}]}}""");
        Assert.Equal("App.exe", HandlerExecutable.Detect(_dir, "App").Path);
        Assert.Empty(HandlerExecutable.Detect(_dir, "App").Arguments);
    }

    [Fact]
    public void SingleFileRunsItsExecutable()
    {
        Touch("App");
        Assert.Equal("App", HandlerExecutable.Detect(_dir, "App").Path);
    }

    [Fact]
    public void NativeAotRunsItsBinaryNotTheDebugSymbols()
    {
        // What 'dotnet publish -r linux-x64 -p:PublishAot=true' leaves: the native binary, its stripped
        // symbols and the libraries' pdb/xml files; no App.dll, no runtimeconfig.json.
        Touch("App.dbg");
        Touch("App");
        Touch("Nextfunc.Routing.pdb");
        Touch("Nextfunc.Routing.xml");
        Assert.Equal("App", HandlerExecutable.Detect(_dir, "App").Path);
        Assert.Empty(HandlerExecutable.Detect(_dir, "App").Arguments);
    }

    [Fact]
    public void NothingToRunIsAClearError()
    {
        var e = Assert.Throws<FunctionAppLayoutException>(() => HandlerExecutable.Detect(_dir, "App"));
        Assert.Contains("App.dll", e.Message);
    }

    [Fact]
    public void UserSettingsSurviveAndRequiredKeysWinWithAWarning()
    {
        var user = JsonNode.Parse("""{"version":"2.0","functionTimeout":"00:05:00","customHandler":{"enableProxyingHttpRequest":false,"description":{"defaultExecutablePath":"x"}}}""")!.AsObject();
        var warnings = new List<string>();
        var result = HostJsonBuilder.Build(user, new HandlerExecutable("dotnet", ["App.dll"]), warnings.Add);
        Assert.Equal("00:05:00", (string?)result["functionTimeout"]);
        Assert.True((bool)result["customHandler"]!["enableProxyingHttpRequest"]!);
        Assert.Equal("dotnet", (string?)result["customHandler"]!["description"]!["defaultExecutablePath"]);
        Assert.Equal("", (string?)result["extensions"]!["http"]!["routePrefix"]);
        Assert.Equal(2, warnings.Count);
        Assert.Equal("x", (string?)user["customHandler"]!["description"]!["defaultExecutablePath"]); // input untouched
    }

    [Fact]
    public void ARoutePrefixIsKept_TheHandlerStripsItAgain()
    {
        var user = JsonNode.Parse("""{"extensions":{"http":{"routePrefix":"api"}}}""")!.AsObject();
        var result = HostJsonBuilder.Build(user, new HandlerExecutable("dotnet", ["App.dll"]));
        Assert.Equal("api", (string?)result["extensions"]!["http"]!["routePrefix"]);
    }

    [Fact]
    public void ANonStringRoutePrefixIsRefused()
    {
        var user = JsonNode.Parse("""{"extensions":{"http":{"routePrefix":42}}}""")!.AsObject();
        var e = Assert.Throws<FunctionAppLayoutException>(() => HostJsonBuilder.Build(user, new HandlerExecutable("dotnet", ["App.dll"])));
        Assert.Contains("routePrefix", e.Message);
    }
}
