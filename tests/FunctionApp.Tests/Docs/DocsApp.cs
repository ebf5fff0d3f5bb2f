using System.Text.RegularExpressions;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Processes;

namespace Nextfunc.FunctionApp.Tests.Docs;

/// <summary>
/// An app made as <c>dotnet new nextfunc</c> makes one (the template's project file, app/ and middleware.cs, the name
/// replaced), with the project references of this repository instead of the packages, and every doc snippet added
/// as a file. Built in the test's output folder, kept between runs so a rebuild is incremental.
/// </summary>
public static class DocsApp
{
    private const string Name = "DocsApp";
    private static readonly string Template = Path.Combine(TestPaths.RepoRoot, "templates", "nextfunc-app", "src", "NextfuncApp1");

    /// <summary>Writes the app with the snippets (replacing any earlier snippets) and returns its folder.</summary>
    public static string Write(IReadOnlyList<DocSnippet> snippets)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "docs-app");
        foreach (var generated in new[] { "app", "snippets" }.Select(d => Path.Combine(dir, d)).Where(Directory.Exists))
            Directory.Delete(generated, recursive: true);
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(Template, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Template, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)) continue;
            var target = Path.Combine(dir, relative == "NextfuncApp1.csproj" ? Name + ".csproj" : relative);
            var text = File.ReadAllText(file).Replace("NextfuncApp1", Name, StringComparison.Ordinal);
            Write(target, relative.EndsWith(".csproj", StringComparison.Ordinal) ? InRepository(text) : text);
        }
        Write(Path.Combine(dir, "Assumed.cs"), File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "FunctionApp.Tests", "Docs", "App", "Assumed.cs")));

        var middlewareTaken = false;
        foreach (var snippet in snippets)
        {
            var (path, text) = DocSnippetFile.Create(snippet, Path.Combine(TestPaths.RepoRoot, snippet.Doc), middlewareTaken);
            if (path == "middleware.cs") middlewareTaken = true;
            Write(Path.Combine(dir, path), text);
        }
        return dir;
    }

    /// <summary>Builds the app; the error lines (pointing into the docs through <c>#line</c>) and the exit code.</summary>
    public static async Task<(int Code, IReadOnlyList<string> Errors, string Output)> BuildAsync(string dir)
    {
        var (code, output) = await ProcessRunner.RunAsync("dotnet", "build", Path.Combine(dir, Name + ".csproj"), "--nologo", "-v", "q", "-clp:NoSummary");
        var errors = output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Trim())
            .Distinct().ToList();
        return (code, errors, output);
    }

    // The template pins the packages; in the repository the projects stand in for them (as src/Nextfunc.App.props does
    // for the sample), and the repository's central versions apply. Warnings stay warnings, as in a created app.
    private static string InRepository(string project) =>
        Regex.Replace(project, @"\s*<PackageReference Include=""[^""]+"" Version=""[^""]+"" />", "")
            .Replace("<Project Sdk=\"Microsoft.NET.Sdk\">", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="$(RepoRoot)src/Nextfunc.App.props" />
                  <PropertyGroup>
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                    <IsPackable>false</IsPackable>
                  </PropertyGroup>
                  <ItemGroup>
                    <!-- The packages docs/telemetry.md tells the reader to add. -->
                    <PackageReference Include="OpenTelemetry.Extensions.Hosting" />
                    <PackageReference Include="Azure.Monitor.OpenTelemetry.Exporter" />
                    <PackageReference Include="Microsoft.Azure.Functions.Worker.OpenTelemetry" />
                    <!-- What the template's test project has: the testing snippets assert with xUnit. -->
                    <PackageReference Include="xunit" />
                    <Using Include="Xunit" />
                  </ItemGroup>
                """, StringComparison.Ordinal);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path) || File.ReadAllText(path) != text) File.WriteAllText(path, text);
    }
}
