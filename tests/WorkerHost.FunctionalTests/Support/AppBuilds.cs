using System.Reflection;

namespace Nextfunc.WorkerHost.FunctionalTests.Support;

/// <summary>The worker apps under test (their own build output, built with this project) and the repository folders the tests read.</summary>
public static class AppBuilds
{
    /// <summary>The repository root (set at build time).</summary>
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    /// <summary>SampleApp's build output folder.</summary>
    public static string SampleApp => Output("samples/SampleApp", "SampleApp");

    /// <summary>The conformance app's build output folder.</summary>
    public static string ConformanceApp => Output("tests/ConformanceApp", "ConformanceApp");

    /// <summary>tests/ConfigConformanceApp's build output folder (next.config.cs rules).</summary>
    public static string ConfigConformanceApp => Output("tests/ConfigConformanceApp", "ConfigConformanceApp");

    /// <summary>tests/BasePathConformanceApp's build output folder (basePath /docs, trailingSlash).</summary>
    public static string BasePathConformanceApp => Output("tests/BasePathConformanceApp", "BasePathConformanceApp");

    /// <summary>The custom-handler layout baselines of SampleApp (reviewed snapshots, one function.json per function).</summary>
    public static string SampleBaselines => Path.Combine(RepoRoot, "tests", "FunctionApp.Tests", "Baselines");

    private static string Output(string project, string name)
    {
        var dir = Path.Combine(RepoRoot, project, "bin", Metadata("Configuration"), "net10.0");
        if (!File.Exists(Path.Combine(dir, name + ".dll")))
            throw new InvalidOperationException($"{name} is not built at {dir}; it builds with this test project (dotnet build tests/WorkerHost.FunctionalTests).");
        return dir;
    }

    private static string Metadata(string key) =>
        typeof(AppBuilds).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
