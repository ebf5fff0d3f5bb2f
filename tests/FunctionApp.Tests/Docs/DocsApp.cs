using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Processes;

namespace Nextfunc.FunctionApp.Tests.Docs;

/// <summary>The template's app with every doc snippet added as a file (<see cref="DocSnippetFile"/>), and its build.</summary>
public static class DocsApp
{
    private const string Name = "DocsApp";

    // The packages docs/telemetry.md tells the reader to add, and what the template's test project has: the testing
    // snippets assert with xUnit.
    private const string Packages = """

                    <PackageReference Include="OpenTelemetry.Extensions.Hosting" />
                    <PackageReference Include="Azure.Monitor.OpenTelemetry.Exporter" />
                    <PackageReference Include="Microsoft.Azure.Functions.Worker.OpenTelemetry" />
                    <PackageReference Include="xunit" />
                    <Using Include="Xunit" />
        """;

    /// <summary>Writes the app with the snippets (replacing any earlier snippets) and returns its folder.</summary>
    public static string Write(IReadOnlyList<DocSnippet> snippets)
    {
        var dir = TemplateApp.Write("docs-app", Name, Packages);
        if (Directory.Exists(Path.Combine(dir, "snippets"))) Directory.Delete(Path.Combine(dir, "snippets"), recursive: true);
        TemplateApp.WriteFile(Path.Combine(dir, "Assumed.cs"),
            File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "FunctionApp.Tests", "Docs", "App", "Assumed.cs")));

        var middlewareTaken = false;
        foreach (var snippet in snippets)
        {
            var (path, text) = DocSnippetFile.Create(snippet, Path.Combine(TestPaths.RepoRoot, snippet.Doc), middlewareTaken);
            if (path == "middleware.cs") middlewareTaken = true;
            TemplateApp.WriteFile(Path.Combine(dir, path), text);
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
}
