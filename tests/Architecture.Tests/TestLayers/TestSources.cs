using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nextfunc.Architecture.Tests.TestLayers;

/// <summary>
/// The sources of one test project (and of tests/Shared, which several link), read as syntax only: its test classes, the
/// layer each says it is in, and the names each reaches through the types the project declares. Syntax is enough: the
/// question is which helpers a class uses, and those are named in its source or in the source of a type it names.
/// </summary>
internal sealed class TestSources
{
    private readonly Dictionary<string, List<TypeDeclarationSyntax>> _types = new(StringComparer.Ordinal);

    private TestSources(IEnumerable<SyntaxTree> trees)
    {
        foreach (var type in trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>()))
        {
            if (!_types.TryGetValue(type.Identifier.Text, out var declarations))
                _types[type.Identifier.Text] = declarations = [];
            declarations.Add(type);
        }
        TestClasses = _types.Values.SelectMany(d => d).OfType<ClassDeclarationSyntax>()
            .Where(c => !c.Modifiers.Any(SyntaxKind.AbstractKeyword) && !c.Modifiers.Any(SyntaxKind.StaticKeyword) && HasTests(c.Identifier.Text, []))
            .GroupBy(c => c.Identifier.Text)
            .Select(g => new TestClass(g.Key, g.First().SyntaxTree.FilePath, [.. g.SelectMany(LayersOf)]))
            .OrderBy(c => c.File, StringComparer.Ordinal).ToList();
    }

    /// <summary>The classes with tests: [Fact] or [Theory] methods of their own or of a base class declared here.</summary>
    public IReadOnlyList<TestClass> TestClasses { get; }

    /// <summary>Reads every .cs file under <paramref name="projectDirectory"/> (not bin/obj) and under <paramref name="sharedDirectory"/>.</summary>
    public static TestSources Read(string projectDirectory, string sharedDirectory) =>
        FromSources(new[] { projectDirectory, sharedDirectory }
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)))));

    /// <summary>Reads sources given as (path, text).</summary>
    public static TestSources FromSources(IEnumerable<(string Path, string Text)> sources) =>
        new(sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Preview), s.Path)));

    /// <summary>
    /// The first of <paramref name="names"/> that <paramref name="className"/> uses, itself or through a type declared here
    /// that it names (its base class, fixtures, helpers, and theirs), as the chain of types that leads to it; null if none.
    /// </summary>
    public IReadOnlyList<string>? Reaches(string className, IReadOnlySet<string> names)
    {
        var cameFrom = new Dictionary<string, string?>(StringComparer.Ordinal) { [className] = null };
        var queue = new Queue<string>([className]);
        while (queue.TryDequeue(out var type))
        {
            foreach (var name in NamesUsedBy(type))
            {
                if (names.Contains(name))
                    return [.. Chain(cameFrom, type), name];
                if (_types.ContainsKey(name) && cameFrom.TryAdd(name, type))
                    queue.Enqueue(name);
            }
        }
        return null;
    }

    private IEnumerable<string> NamesUsedBy(string type) => _types[type]
        .SelectMany(declaration => declaration.DescendantNodes())
        .Select(node => node switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.Text,
            GenericNameSyntax generic => generic.Identifier.Text,
            _ => null,
        })
        .OfType<string>()
        .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Chain(Dictionary<string, string?> cameFrom, string type)
    {
        var chain = new List<string>();
        for (string? t = type; t is not null; t = cameFrom[t])
            chain.Insert(0, t);
        return chain;
    }

    private bool HasTests(string className, HashSet<string> seen)
    {
        if (!seen.Add(className) || !_types.TryGetValue(className, out var declarations))
            return false;
        return declarations.Any(d => d.Members.OfType<MethodDeclarationSyntax>().Any(m => m.AttributeLists.SelectMany(l => l.Attributes)
                   .Any(a => AttributeName(a) is "Fact" or "Theory")))
            || declarations.SelectMany(d => d.BaseList?.Types ?? []).Any(b => b.Type is SimpleNameSyntax name && HasTests(name.Identifier.Text, seen));
    }

    /// <summary>The values of the class's <c>[Trait("Category", …)]</c> attributes.</summary>
    private static IEnumerable<string> LayersOf(ClassDeclarationSyntax declaration) => declaration.AttributeLists
        .SelectMany(l => l.Attributes)
        .Where(a => AttributeName(a) == "Trait" && a.ArgumentList?.Arguments.Count == 2 && Literal(a.ArgumentList.Arguments[0]) == TestLayer.Category)
        .Select(a => Literal(a.ArgumentList!.Arguments[1]) ?? "(not a literal)");

    private static string AttributeName(AttributeSyntax attribute)
    {
        var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.Text : attribute.Name.ToString();
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }

    private static string? Literal(AttributeArgumentSyntax argument) =>
        argument.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal ? literal.Token.ValueText : null;
}
