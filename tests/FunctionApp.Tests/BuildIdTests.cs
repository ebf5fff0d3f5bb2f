using System.Text.RegularExpressions;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Processes;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>
/// The build id that keys cached responses is the code that runs: real builds of a small app, as a user makes them. A
/// change anywhere in the app (here: shared code under app/_lib, which no route file's text shows) is a new id; a rebuild
/// that recompiles unchanged sources is the same id, so a redeploy of the same code keeps its cache.
/// </summary>
[Trait("Category", "Functional")]
public sealed partial class BuildIdTests : IDisposable
{
    // Inside the repository (under a git-ignored folder), so the app builds with the repository's props and packages.
    private readonly string _app = Path.Combine(TestPaths.RepoRoot, "tests", ".work", "buildid-" + Guid.NewGuid().ToString("N")[..8]);

    public BuildIdTests()
    {
        Write("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="../../../src/Nextfunc.App.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <RootNamespace>BuildIdApp</RootNamespace>
                <IsPackable>false</IsPackable>
                <NextfuncBlobStore>false</NextfuncBlobStore>
              </PropertyGroup>
            </Project>
            """);
        Write("host.json", """{ "version": "2.0", "extensions": { "http": { "routePrefix": "" } } }""");
        Write("app/api/hello/route.cs", """
            namespace BuildIdApp.Api;

            public static class Hello
            {
                public static IResult GET() => NextResponse.Text(BuildIdApp.Lib.Greeting.Text);
            }
            """);
        Write("app/_lib/Greeting.cs", Greeting("hello"));
    }

    [Fact]
    public async Task BuildId_ChangesWithSharedCode_AndNotWithAnUnchangedRebuild()
    {
        // Arrange
        var first = await BuildAndReadIdAsync();

        // Act: every source recompiled, nothing changed; then only app/_lib changed.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_app, "app"), "*.cs", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        var rebuilt = await BuildAndReadIdAsync();
        Write("app/_lib/Greeting.cs", Greeting("hello again"));
        var changed = await BuildAndReadIdAsync();

        // Assert
        Assert.Equal(first, rebuilt);
        Assert.NotEqual(first, changed);
    }

    private async Task<string> BuildAndReadIdAsync()
    {
        var (code, output) = await ProcessRunner.RunAsync("dotnet", "build", _app, "--nologo", "-v", "q");
        Assert.True(code == 0, "dotnet build failed:\n" + output);
        var dll = Path.Combine(_app, "bin", "Debug", "net10.0", "App.dll");
        var (routesCode, routes) = await ProcessRunner.RunAsync("dotnet", dll, "routes");
        Assert.True(routesCode == 0, routes);
        return BuildLine().Match(routes) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("No build id in:\n" + routes);
    }

    private static string Greeting(string text) => $$"""
        namespace BuildIdApp.Lib;

        public static class Greeting
        {
            public const string Text = "{{text}}";
        }
        """;

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_app, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        try { Directory.Delete(_app, recursive: true); }
        catch (IOException) { } // a build server may still hold a file; the folder is git-ignored
    }

    [GeneratedRegex(@"; build ([0-9a-f]{16})")]
    private static partial Regex BuildLine();
}
