using System.Linq;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.Emitting;

/// <summary>Writes <c>next.config.cs</c>: its settings, then one call per rule with the pattern compiled at build time.</summary>
internal static class NextConfigEmitter
{
    public static void Emit(CodeWriter w, NextConfigModel config)
    {
        w.Line()
         .Line($"// {config.RelativePath}: headers, redirects and rewrites, in the order Next.js applies them")
         .Line($"app.Config({Literals.Quote(config.RelativePath)}, basePath: {Literals.Quote(config.BasePath)}, trailingSlash: {Bool(config.TrailingSlash)}, " +
               $"skipTrailingSlashRedirect: {Bool(config.SkipTrailingSlashRedirect)}, skipMiddlewareUrlNormalize: {Bool(config.SkipMiddlewareUrlNormalize)});");
        foreach (var rule in config.Rules)
        {
            var names = "[" + string.Join(", ", rule.ParamNames.Select(Literals.Quote)) + "]";
            var call = rule.Kind switch
            {
                "header" => $"app.ConfigHeader({Literals.Quote(rule.Source)}, {Literals.Quote(rule.Pattern)}, {names})" +
                            string.Concat(rule.Headers.Select(h => $".Set({Literals.Quote(h.Key)}, {Literals.Quote(h.Value)})")),
                "redirect" => $"app.ConfigRedirect({Literals.Quote(rule.Source)}, {Literals.Quote(rule.Pattern)}, {names}, {Literals.Quote(rule.Destination)}, {rule.StatusCode})",
                _ => $"app.ConfigRewrite({Literals.Quote(rule.Kind)}, {Literals.Quote(rule.Source)}, {Literals.Quote(rule.Pattern)}, {names}, {Literals.Quote(rule.Destination)})",
            };
            w.Line(call + string.Concat(rule.Has.Select(c => Condition("Has", c))) + string.Concat(rule.Missing.Select(c => Condition("Missing", c))) + ";");
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Condition(string kind, ConditionModel c) =>
        $".{kind}(global::Nextfunc.Routing.Middleware.Patterns.MatchConditionType.{c.Type}, {Literals.Quote(c.Key)}, {Literals.Quote(c.Value)})";
}
