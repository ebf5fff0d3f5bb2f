using System.Linq;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Emitting;

/// <summary>Writes the middleware: the user's method and the matcher entries compiled at build time.</summary>
internal static class MiddlewareEmitter
{
    public static void Emit(CodeWriter w, MiddlewareModel middleware)
    {
        var call = $"{middleware.ClassName}.Middleware(request{(middleware.TakesFetchEvent ? ", fetchEvent" : "")})";
        // A middleware that returns nothing always continues: Next.js treats a missing answer as NextResponse.next().
        var invoke = (middleware.IsAsync, middleware.ReturnsNothing) switch
        {
            (true, true) => $"static async (request, fetchEvent) => {{ await {call}; return null; }}",
            (true, false) => $"static async (request, fetchEvent) => await {call}",
            (false, true) => $"static (request, fetchEvent) => {{ {call}; return default; }}",
            (false, false) => $"static (request, fetchEvent) => new({call})",
        };
        w.Line()
         .Line($"// {middleware.RelativePath}");
        if (middleware.MatchesEverything)
        {
            w.Line("// No Config.Matcher: like Next.js, the middleware runs for every path.")
             .Line($"app.Middleware({Literals.Quote(middleware.RelativePath)}, {invoke}, everyPath: true);");
            return;
        }
        w.Line($"app.Middleware({Literals.Quote(middleware.RelativePath)}, {invoke});");
        foreach (var m in middleware.Matchers)
        {
            // A recognised shape is plain C# (the same code under the JIT and Native AOT); the regex stays for messages and the rest.
            var calls = string.Concat(m.Has.Select(c => Condition("Has", c))) + string.Concat(m.Missing.Select(c => Condition("Missing", c))) + (m.CompiledSource ?? "");
            w.Line($"// {m.Source}")
             .Line($"app.Matcher({Literals.Quote(m.Source)}, {Literals.Quote(m.JsRegex)}, {Literals.Quote(m.Regex)}){calls};");
        }
    }

    private static string Condition(string kind, ConditionModel c) =>
        $".{kind}(global::Nextfunc.Routing.Middleware.Patterns.MatchConditionType.{c.Type}, {Literals.Quote(c.Key)}, {Literals.Quote(c.Value)})";
}
