using System.Collections.Generic;
using System.Linq;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Emitting;
using Nextfunc.Routing.Generator.Model;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>Validates one matcher entry and compiles it to the regex the host runs, with the shared pattern code.</summary>
internal static class MatcherCompilation
{
    public static bool TryCompile(string source, List<ConditionModel> has, List<ConditionModel> missing, out MatcherModel? compiled, out string? error)
    {
        compiled = null;
        var entry = new MatcherEntry(source, has.Select(ToCondition).ToList(), missing.Select(ToCondition).ToList());
        if (!MatcherCompiler.TryCompile(entry, out var result, out error))
            return false;
        compiled = new MatcherModel(result.Source, result.JsRegex, result.Pattern,
            result.Has.Select(FromCompiled).ToEquatableArray(), result.Missing.Select(FromCompiled).ToEquatableArray(),
            Expression(result.Compiled));
        return true;
    }

    private static string? Expression(CompiledSource? compiled) => compiled switch
    {
        CompiledSource.SegmentsSource s =>
            $".Segments({Literals.Quote(s.Literal)}, {s.MinSegments}, {(s.MaxSegments == int.MaxValue ? "int.MaxValue" : s.MaxSegments.ToString(System.Globalization.CultureInfo.InvariantCulture))})",
        CompiledSource.ExcludingSource e =>
            $".Excluding({string.Join(", ", e.Excluded.Select(Literals.Quote))})",
        _ => null,
    };

    private static MatchCondition ToCondition(ConditionModel c) => new(Type(c.Type), c.Key, c.Value);

    private static ConditionModel FromCompiled(CompiledMatchCondition c) => new(c.Type.ToString(), c.Key, c.ValuePattern);

    private static MatchConditionType Type(string name) => name switch
    {
        "header" => MatchConditionType.Header,
        "cookie" => MatchConditionType.Cookie,
        "query" => MatchConditionType.Query,
        _ => MatchConditionType.Host,
    };
}
