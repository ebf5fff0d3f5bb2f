using System.Text;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Hosting;

/// <summary>The <c>routes</c> command: the function table, like the route table <c>next build</c> prints.</summary>
internal static class RouteListing
{
    /// <summary>One line per function: kind marker, name, verb, URL pattern, source file; then a legend.</summary>
    public static string Format(FunctionAppManifest manifest)
    {
        var rows = manifest.Functions.Select(f => (
            Marker: f.Route.IsPrerendered && f.Function.Verb == Nextfunc.Routing.Conventions.HttpVerb.GET ? "○" : "ƒ",
            f.Function.Name,
            Verb: f.Function.Verb.ToString(),
            Pattern: f.Route.Pattern.Text,
            Kind: f.Route.IsPrerendered && f.Function.Verb == Nextfunc.Routing.Conventions.HttpVerb.GET
                ? f.Route.Config.Revalidate is { } s ? $"static, revalidate {s}s" : "static"
                : "dynamic",
            f.Route.SourceFile)).ToList();

        var sb = new StringBuilder();
        int W(Func<(string Marker, string Name, string Verb, string Pattern, string Kind, string SourceFile), string> col, string header) =>
            Math.Max(header.Length, rows.Count == 0 ? 0 : rows.Max(r => col(r).Length));
        var (wn, wv, wp, wk) = (W(r => r.Name, "Function"), W(r => r.Verb, "Verb"), W(r => r.Pattern, "Route"), W(r => r.Kind, "Kind"));
        sb.Append("  ").Append("Function".PadRight(wn)).Append("  ").Append("Verb".PadRight(wv)).Append("  ")
          .Append("Route".PadRight(wp)).Append("  ").Append("Kind".PadRight(wk)).Append("  Source\n");
        foreach (var r in rows)
            sb.Append(r.Marker).Append(' ').Append(r.Name.PadRight(wn)).Append("  ").Append(r.Verb.PadRight(wv)).Append("  ")
              .Append(r.Pattern.PadRight(wp)).Append("  ").Append(r.Kind.PadRight(wk)).Append("  ").Append(r.SourceFile).Append('\n');
        sb.Append($"\n{rows.Count} functions in {manifest.Routes.Count} route files; middleware: {manifest.Middleware?.SourceFile ?? "none"}; build {manifest.BuildId}\n")
          .Append("○ static: served from the output cache   ƒ dynamic: runs on every request\n");
        return sb.ToString();
    }
}
