using System.Text.RegularExpressions;

namespace Nextfunc.FunctionApp.Tests.Support;

/// <summary>
/// An app as <c>dotnet new nextfunc</c> makes one (the template's project file, app/, middleware.cs and launch settings,
/// with its name replaced), written into this test's output folder with the project references of this repository in
/// place of the packages, so it builds against the code under test. Kept between runs so a rebuild is incremental.
/// </summary>
public static class TemplateApp
{
    private static readonly string Template = Path.Combine(TestPaths.RepoRoot, "templates", "nextfunc-app", "src", "NextfuncApp1");

    /// <summary>Writes the app into <c>{output}/{folder}</c> (files a test added under app/ are removed first) and returns the folder.</summary>
    /// <param name="folder">The folder under the test output.</param>
    /// <param name="name">The app's name, as <c>dotnet new nextfunc -n</c> takes it.</param>
    /// <param name="projectItems">More MSBuild items for the project file (package references a test needs).</param>
    public static string Write(string folder, string name, string projectItems = "")
    {
        var dir = Path.Combine(AppContext.BaseDirectory, folder);
        if (Directory.Exists(Path.Combine(dir, "app"))) Directory.Delete(Path.Combine(dir, "app"), recursive: true);
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(Template, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Template, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)) continue;
            var target = Path.Combine(dir, relative == "NextfuncApp1.csproj" ? name + ".csproj" : relative);
            var text = File.ReadAllText(file).Replace("NextfuncApp1", name, StringComparison.Ordinal);
            WriteFile(target, relative.EndsWith(".csproj", StringComparison.Ordinal) ? InRepository(text, projectItems) : text);
        }
        return dir;
    }

    /// <summary>Writes a file only when its text differs, so an unchanged file keeps its time stamp (and the build stays incremental).</summary>
    public static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path) || File.ReadAllText(path) != text) File.WriteAllText(path, text);
    }

    // The template pins the packages; in the repository the projects stand in for them (as src/Nextfunc.App.props does
    // for the sample), and the repository's central versions apply. Warnings stay warnings, as in a created app.
    private static string InRepository(string project, string projectItems) =>
        Regex.Replace(project, @"\s*<PackageReference Include=""[^""]+"" Version=""[^""]+"" />", "")
            .Replace("<Project Sdk=\"Microsoft.NET.Sdk\">", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="$(RepoRoot)src/Nextfunc.App.props" />
                  <PropertyGroup>
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                    <IsPackable>false</IsPackable>
                  </PropertyGroup>
                  <ItemGroup>{projectItems}
                  </ItemGroup>
                """, StringComparison.Ordinal);
}
