using System.Text;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Hosting;

/// <summary>The <c>routes</c> command: the function table, like the route table <c>next build</c> prints.</summary>
internal static class RouteListing
{
    /// <summary>
    /// One line per function: kind marker, name, verb, URL pattern (under basePath), source file; then what
    /// <c>next.config.cs</c> adds (one row per redirect and rewrite, the headers noted); then a legend.
    /// </summary>
    public static string Format(FunctionAppManifest manifest)
    {
        var basePath = manifest.Config?.BasePath ?? "";
        var rows = manifest.Functions.Select(f => (
            Marker: f.Route.IsPrerendered && f.Function.Verb == Nextfunc.Routing.Conventions.HttpVerb.GET ? "○" : "ƒ",
            f.Function.Name,
            Verb: f.Function.Verb.ToString(),
            Pattern: basePath + (basePath.Length > 0 && f.Route.Pattern.Text == "/" ? "" : f.Route.Pattern.Text),
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
        if (manifest.Config is { } config)
            AppendConfig(sb, config);
        sb.Append($"\n{rows.Count} functions in {manifest.Routes.Count} route files; middleware: {manifest.Middleware?.SourceFile ?? "none"}; build {manifest.BuildId}\n")
          .Append("○ static: served from the output cache   ƒ dynamic: runs on every request\n");
        return sb.ToString();
    }

    // The config's rules in the order they run: redirects and headers before middleware, then the three rewrite phases.
    private static void AppendConfig(StringBuilder sb, Nextfunc.Routing.Config.NextConfigRules config)
    {
        var settings = new List<string>();
        if (config.BasePath.Length > 0) settings.Add("basePath " + config.BasePath);
        if (config.TrailingSlash) settings.Add("trailingSlash");
        if (config.SkipTrailingSlashRedirect) settings.Add("skipTrailingSlashRedirect");
        sb.Append('\n').Append(config.SourceFile).Append(settings.Count > 0 ? " (" + string.Join(", ", settings) + ")" : "").Append(":\n");
        var rows = config.Redirects.Select(r => ("redirect " + r.StatusCode, r.Source, r.Destination!.Text))
            .Concat(config.Headers.Select(r => ("headers", r.Source, string.Join(", ", r.Headers.Select(h => h.Key)))))
            .Concat(config.BeforeFiles.Select(r => ("rewrite beforeFiles", r.Source, r.Destination!.Text)))
            .Concat(config.AfterFiles.Select(r => ("rewrite afterFiles", r.Source, r.Destination!.Text)))
            .Concat(config.Fallback.Select(r => ("rewrite fallback", r.Source, r.Destination!.Text))).ToList();
        if (rows.Count == 0)
            return;
        var (wk, ws) = (rows.Max(r => r.Item1.Length), rows.Max(r => r.Source.Length));
        foreach (var (kind, source, target) in rows)
            sb.Append("  ").Append(kind.PadRight(wk)).Append("  ").Append(source.PadRight(ws)).Append(kind == "headers" ? "  sets " : "  -> ").Append(target).Append('\n');
    }
}
