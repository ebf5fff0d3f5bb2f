using System.Reflection;
using Nextfunc.Routing.Generator.CSharp;

namespace Nextfunc.Routing.Generator.Emitting;

/// <summary>
/// The <c>[GeneratedCode]</c> line on every generated type, as the ASP.NET Core and Azure Functions generators
/// write it: analyzers and coverage tools skip the code, and a reader sees which generator (and version) wrote it.
/// </summary>
internal static class GeneratedCode
{
    /// <summary>The generator assembly's name: <c>Nextfunc.Routing.Generator</c>.</summary>
    public static readonly string Tool = typeof(GeneratedCode).Assembly.GetName().Name ?? "Nextfunc.Routing.Generator";

    /// <summary>
    /// The package version the generator was built as (<c>0.1.0</c>, <c>0.2.0-preview.1</c>): the informational
    /// version without its <c>+commit</c> suffix, so the emitted code does not change with every commit.
    /// </summary>
    public static readonly string Version = VersionOf(typeof(GeneratedCode).Assembly);

    /// <summary>The attribute, fully qualified.</summary>
    public static string Line => $"[global::System.CodeDom.Compiler.GeneratedCode({Literals.Quote(Tool)}, {Literals.Quote(Version)})]";

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            var plus = informational!.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
        return assembly.GetName().Version?.ToString() ?? "0.0.0";
    }
}
