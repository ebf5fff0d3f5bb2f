using System.Reflection;

namespace Nextfunc.FunctionApp.Tests.Support;

/// <summary>Folders of the repository the tests read: baselines, the sample app's build output, the conformance suite.</summary>
public static class TestPaths
{
    /// <summary>The repository root (set at build time).</summary>
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    /// <summary>The committed baselines of the sample app's layout.</summary>
    public static string Baselines => Path.Combine(RepoRoot, "tests", "FunctionApp.Tests", "Baselines");

    /// <summary>SampleApp's own build output (what <c>dotnet build samples/SampleApp</c> writes).</summary>
    public static string SampleAppOutput
    {
        get
        {
            var dir = Path.Combine(RepoRoot, "samples", "SampleApp", "bin", Metadata("Configuration"), "net10.0");
            if (!File.Exists(Path.Combine(dir, "SampleApp.dll")))
                throw new InvalidOperationException($"SampleApp is not built at {dir}; it builds with this test project (dotnet test tests/FunctionApp.Tests).");
            return dir;
        }
    }

    /// <summary>The conformance app's executable: <c>NEXTFUNC_HOSTMODEL_APP</c> when set, else its build output.</summary>
    public static string ConformanceApp
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("NEXTFUNC_HOSTMODEL_APP");
            var dll = !string.IsNullOrEmpty(configured)
                ? Path.GetFullPath(configured)
                : Path.Combine(RepoRoot, "tests", "ConformanceApp", "bin", Metadata("Configuration"), "net10.0", "ConformanceApp.dll");
            if (!File.Exists(dll))
                throw new InvalidOperationException($"The conformance app is not built at {dll}; it builds with this test project (dotnet test tests/FunctionApp.Tests).");
            return dll;
        }
    }

    /// <summary>The executable of one of the test apps under tests/ (<c>ConfigConformanceApp</c>, <c>BasePathConformanceApp</c>), built with this project.</summary>
    public static string TestApp(string name) =>
        Path.Combine(RepoRoot, "tests", name, "bin", Metadata("Configuration"), "net10.0", name + ".dll");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
