using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>
/// An in-memory app project rooted at <c>/proj</c>: route files are added by their project-relative
/// path (<c>app/api/users/[id]/route.cs</c>), the implicit usings of <c>build/Nextfunc.props</c> are included.
/// </summary>
internal sealed class TestProject
{
    public const string Directory = "/proj";
    public const string RootNamespace = "TestApp";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // The SDK's implicit usings (ImplicitUsings=enable) followed by the ones build/Nextfunc.props adds.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Logging;
        global using Nextfunc.Caching;
        global using Nextfunc.Hosting;
        global using Nextfunc.Routing.Http;
        global using Nextfunc.Routing.Functions;
        global using Nextfunc.Routing.Middleware;
        global using Nextfunc.Routing.Middleware.Patterns;
        global using Nextfunc.Routing.Metadata;
        global using System.Text.Json;
        global using System.Text.Json.Serialization;
        global using Nextfunc.Telemetry;
        """;

    private readonly List<SyntaxTree> _trees = [Tree("obj/GlobalUsings.g.cs", GlobalUsings)];

    /// <summary>Adds a file by its project-relative path.</summary>
    public TestProject With(string relativePath, string source)
    {
        _trees.Add(Tree(relativePath, source));
        return this;
    }

    public static string PathOf(string relativePath) => Directory + "/" + relativePath;

    public static SyntaxTree Tree(string relativePath, string source) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, PathOf(relativePath));

    public CSharpCompilation Compilation() =>
        CSharpCompilation.Create(
            "TestApp",
            _trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the generator once over the project (<paramref name="isApp"/>: it imports the app build settings).</summary>
    public GeneratorRun Run(bool isApp = true) => GeneratorRun.Start(Compilation(), isApp);
}
