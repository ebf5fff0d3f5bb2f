using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nextfunc.Architecture.Tests;

/// <summary>
/// Which concept folder of a project uses which: an edge A → B for every name in a file under A that binds to a type (or a
/// member of a type) declared in B's namespace. Namespaces follow folders (<c>Nextfunc.Caching</c> is <c>Caching/</c>), and a
/// folder's sub-folders count as the folder (<c>Middleware/Patterns</c> is <c>Middleware</c>).
/// </summary>
internal sealed class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private FolderGraph() { }

    /// <summary>The folders with at least one file, and the edges between them; each edge keeps one use as evidence.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Edges => _edges;

    /// <summary>Reads every .cs file under <paramref name="projectDirectory"/> (not bin/obj).</summary>
    public static FolderGraph Read(string projectDirectory, string assemblyName, string rootNamespace)
    {
        var files = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(projectDirectory, f)))
            .Select(f => (Path: Path.GetRelativePath(projectDirectory, f).Replace('\\', '/'), Text: File.ReadAllText(f)));
        return FromSources(files, assemblyName, rootNamespace);
    }

    /// <summary>Builds the graph from sources given as (path relative to the project, text).</summary>
    public static FolderGraph FromSources(IEnumerable<(string Path, string Text)> sources, string assemblyName, string rootNamespace)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Preview), s.Path)).ToList();
        // Compiled under the project's own assembly name, so its friends' internals resolve as they do in the real build.
        var references = References.Value.Where(r => !string.Equals(Path.GetFileNameWithoutExtension(r.Display), assemblyName, StringComparison.Ordinal));
        var compilation = CSharpCompilation.Create(assemblyName, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var graph = new FolderGraph();
        foreach (var tree in trees)
        {
            var from = FolderOf(tree.FilePath);
            graph._edges.TryAdd(from, new Dictionary<string, string>(StringComparer.Ordinal));
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (TypeOf(model.GetSymbolInfo(name)) is not { } type || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
                    continue;
                var to = FolderOfNamespace(type.ContainingNamespace.ToDisplayString(), rootNamespace);
                if (to is null || to == from)
                    continue;
                var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                graph._edges[from].TryAdd(to, $"{tree.FilePath}:{line} uses {type.Name}");
            }
        }
        return graph;
    }

    /// <summary>Every set of folders that depend on each other in a circle (strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's algorithm, on a graph of a dozen nodes.
        var index = 0;
        var indices = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            indices[node] = lowLinks[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges.TryGetValue(node, out var targets) ? targets.Keys.ToList() : [])
            {
                if (!indices.ContainsKey(next))
                {
                    Visit(next);
                    lowLinks[node] = Math.Min(lowLinks[node], lowLinks[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLinks[node] = Math.Min(lowLinks[node], indices[next]);
                }
            }
            if (lowLinks[node] != indices[node])
                return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            if (component.Count > 1)
                cycles.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal))
            if (!indices.ContainsKey(node))
                Visit(node);
        return cycles;
    }

    /// <summary>The edges inside <paramref name="cycle"/>, each with the use that makes it, for a failure message.</summary>
    public IEnumerable<string> Explain(IReadOnlyList<string> cycle) =>
        from folder in cycle
        from edge in _edges[folder]
        where cycle.Contains(edge.Key)
        select $"{folder} -> {edge.Key}: {edge.Value}";

    private static ITypeSymbol? TypeOf(SymbolInfo info)
    {
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        return symbol switch
        {
            ITypeSymbol type => (type.OriginalDefinition as INamedTypeSymbol)?.ContainingType is { } outer ? Outermost(outer) : Outermost(type.OriginalDefinition),
            IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => Outermost(ctor.ContainingType.OriginalDefinition),
            { ContainingType: { } owner } => Outermost(owner.OriginalDefinition),
            _ => null,
        };
    }

    private static ITypeSymbol Outermost(ITypeSymbol type) => type.ContainingType is { } outer ? Outermost(outer) : type;

    private static string FolderOf(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : ".";

    private static string? FolderOfNamespace(string ns, string root)
    {
        if (ns == root) return ".";
        if (!ns.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        var rest = ns[(root.Length + 1)..];
        return rest.Contains('.') ? rest[..rest.IndexOf('.')] : rest;
    }

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
        relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // The framework, ASP.NET Core and every library the src projects use, as loaded next to this test (the project under
    // test is left out: its sources stand in for it).
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .DistinctBy(Path.GetFileName)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList());
}
