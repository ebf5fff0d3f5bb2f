using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>
/// The System.Text.Json source generator from the targeting pack, as the SDK runs it beside ours: apps that take
/// <c>MyJson.Default.User</c> compile only with its output (generators never see each other's).
/// </summary>
internal static class JsonSourceGenerator
{
    private static readonly Lazy<ISourceGenerator[]> Generators = new(Load);

    /// <summary>Adds the JSON contexts' generated code to <paramref name="compilation"/> (no-op when it declares none).</summary>
    public static Compilation Run(Compilation compilation)
    {
        CSharpGeneratorDriver.Create(Generators.Value, parseOptions: TestProject.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    private static ISourceGenerator[] Load()
    {
        // dotnet/shared/Microsoft.NETCore.App/<v>/ → dotnet/packs/Microsoft.NETCore.App.Ref/<v>/analyzers/dotnet/cs/
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnet = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var version = new DirectoryInfo(runtime).Name;
        var packs = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.Exists(Path.Combine(packs, version))
            ? Path.Combine(packs, version)
            : Directory.GetDirectories(packs).OrderBy(d => d, StringComparer.Ordinal).Last();
        var path = Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        return new AnalyzerFileReference(path, new Loader()).GetGenerators(LanguageNames.CSharp).ToArray();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath) { }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
