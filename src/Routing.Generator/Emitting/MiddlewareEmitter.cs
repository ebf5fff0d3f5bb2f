using System.Linq;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Emitting;

/// <summary>Writes the middleware definition: the user's method and the matcher compiled at build time.</summary>
internal static class MiddlewareEmitter
{
    public static void Emit(CodeWriter w, MiddlewareModel middleware)
    {
        var call = $"{middleware.ClassName}.Middleware(request)";
        var invoke = middleware.IsAsync
            ? $"static async request => await {call}"
            : $"static request => new({call})";
        w.Line()
         .Line($"// {middleware.RelativePath}")
         .Line("private static global::Nextfunc.Routing.Middleware.MiddlewareDefinition Middleware()")
         .Open();
        if (middleware.MatchesEverything)
        {
            w.Line("// No Config.Matcher: like Next.js, the middleware runs for every path.")
             .Line($"return new({CodeWriter.Literal(middleware.RelativePath)}, static _ => true, {invoke});");
        }
        else
        {
            w.Line("var matcher = new global::Nextfunc.Routing.Middleware.MiddlewareMatcher(")
             .Open("[");
            foreach (var m in middleware.Matchers)
            {
                // A recognised shape is plain C# (the same code under the JIT and Native AOT); the regex stays for messages and the rest.
                var compiled = m.CompiledSource is null ? "" : $" {{ Compiled = {m.CompiledSource} }}";
                w.Line($"// {m.Source}")
                 .Line($"new({CodeWriter.Literal(m.Source)}, {CodeWriter.Literal(m.JsRegex)}, {CodeWriter.Literal(m.Regex)}, {Conditions(m.Has)}, {Conditions(m.Missing)}){compiled},");
            }
            w.Close("], BuildId);")
             .Line($"return new({CodeWriter.Literal(middleware.RelativePath)}, matcher.Matches, {invoke});");
        }
        w.Close();
    }

    private static string Conditions(EquatableArray<ConditionModel> conditions) =>
        conditions.Count == 0
            ? "[]"
            : "[" + string.Join(", ", conditions.Select(c =>
                $"new(global::Nextfunc.Routing.Middleware.Patterns.MatchConditionType.{c.Type}, {CodeWriter.Literal(c.Key)}, {CodeWriter.Literal(c.Value)})")) + "]";
}
