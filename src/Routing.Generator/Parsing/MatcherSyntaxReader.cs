using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// Reads <c>public static readonly MiddlewareConfig Config = new() { Matcher = [...] }</c> from syntax.
/// Every source and condition must be a compile-time constant so the matcher is validated and
/// compiled here; anything else is NXF010 with the place and the fix.
/// </summary>
internal static class MatcherSyntaxReader
{
    public static List<MatcherModel> Read(INamedTypeSymbol type, SemanticModel model, List<DiagnosticInfo> diagnostics, out bool matchesEverything)
    {
        var result = new List<MatcherModel>();
        matchesEverything = true;
        var field = type.GetMembers("Config").OfType<IFieldSymbol>().FirstOrDefault();
        if (field?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation })
            return result; // no config: Next.js runs middleware on every path

        var semantic = model.Compilation.GetSemanticModel(creation.SyntaxTree);
        var matcher = creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Matcher" });
        if (matcher is null) return result;
        matchesEverything = false;

        foreach (var element in Elements(matcher.Right))
        {
            if (semantic.GetConstantValue(element) is { HasValue: true, Value: string source })
            {
                Add(source, new List<ConditionModel>(), new List<ConditionModel>(), element);
                continue;
            }
            if (element is BaseObjectCreationExpressionSyntax entry &&
                entry.ArgumentList?.Arguments.FirstOrDefault() is { } first &&
                semantic.GetConstantValue(first.Expression) is { HasValue: true, Value: string entrySource })
            {
                var has = Conditions(entry, entrySource, "Has", semantic, diagnostics);
                var missing = Conditions(entry, entrySource, "Missing", semantic, diagnostics);
                Add(entrySource, has, missing, element);
                continue;
            }
            diagnostics.Add(Invalid(element, element.ToString(),
                "an entry must be a string literal or 'new(\"/path\") { Has = [...], Missing = [...] }' with literal values, so it can be checked at build time"));
        }
        return result;

        void Add(string source, List<ConditionModel> has, List<ConditionModel> missing, SyntaxNode at)
        {
            if (MatcherCompilation.TryCompile(source, has, missing, out var compiled, out var error))
                result.Add(compiled!);
            else
                diagnostics.Add(Invalid(at, source, error ?? ""));
        }
    }

    /// <summary>The elements of a collection expression or array initializer (a single expression is its own element).</summary>
    internal static IEnumerable<ExpressionSyntax> Elements(ExpressionSyntax list) => list switch
    {
        CollectionExpressionSyntax c => c.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression),
        ArrayCreationExpressionSyntax a => a.Initializer?.Expressions ?? Enumerable.Empty<ExpressionSyntax>(),
        ImplicitArrayCreationExpressionSyntax i => i.Initializer.Expressions,
        _ => new[] { list },
    };

    private static List<ConditionModel> Conditions(BaseObjectCreationExpressionSyntax entry, string source, string name, SemanticModel semantic, List<DiagnosticInfo> diagnostics) =>
        Conditions(entry, name, semantic, diagnostics, (at, reason) => Invalid(at, source, reason));

    /// <summary>
    /// The <paramref name="name"/> (<c>Has</c> or <c>Missing</c>) conditions of an object creation, read from
    /// <c>MatchCondition.Header/Cookie/Query/Host(...)</c> calls with literal arguments; anything else is reported through
    /// <paramref name="invalid"/>.
    /// </summary>
    internal static List<ConditionModel> Conditions(BaseObjectCreationExpressionSyntax entry, string name, SemanticModel semantic,
        List<DiagnosticInfo> diagnostics, System.Func<SyntaxNode, string, DiagnosticInfo> invalid)
    {
        var result = new List<ConditionModel>();
        var assignment = entry.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax id && id.Identifier.ValueText == name);
        if (assignment is null) return result;
        foreach (var element in Elements(assignment.Right))
        {
            if (element is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call)
            {
                var kind = member.Name.Identifier.ValueText.ToLowerInvariant();
                var args = call.ArgumentList.Arguments.Select(a => semantic.GetConstantValue(a.Expression)).ToList();
                if (kind is "header" or "cookie" or "query" or "host" && args.All(a => a.HasValue && a.Value is string or null))
                {
                    var values = args.Select(a => (string?)a.Value).ToList();
                    result.Add(kind == "host"
                        ? new ConditionModel(kind, null, values.FirstOrDefault())
                        : new ConditionModel(kind, values.FirstOrDefault(), values.Skip(1).FirstOrDefault()));
                    continue;
                }
            }
            diagnostics.Add(invalid(element,
                $"its {name} condition '{element}' must be MatchCondition.Header/Cookie/Query(\"key\"[, \"value regex\"]) or MatchCondition.Host(\"value regex\") with literal arguments"));
        }
        return result;
    }

    // One format: the entry as written (its source, or the expression when it has no literal source) and why it is invalid.
    private static DiagnosticInfo Invalid(SyntaxNode at, string entry, string reason) =>
        DiagnosticInfo.Create(DiagnosticIds.InvalidMatcher, SourceLocation.From(at.GetLocation()), entry, reason);
}
