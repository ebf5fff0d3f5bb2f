using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Nextfunc.Routing.Conventions;

/// <summary>
/// The URL a route file serves, as its segments. Build-time and run-time code share it, so the
/// generator and the router can never disagree on a name, a precedence or an Azure route.
/// </summary>
/// <example><c>RoutePattern.Parse("/api/users/[id]").FunctionBaseName</c> is <c>r112_api_users_id</c>.</example>
internal sealed class RoutePattern
{
    /// <summary>Creates a pattern from its segments (outermost first).</summary>
    public RoutePattern(IReadOnlyList<RouteSegment> segments) => Segments = segments;

    /// <summary>The segments, outermost first. Empty for the root route <c>/</c>.</summary>
    public IReadOnlyList<RouteSegment> Segments { get; }

    /// <summary>The pattern the way <c>next build</c> prints it: <c>/api/users/[id]</c>.</summary>
    // Cached: the host reads it on every traced request (the span name and http.route).
    public string Text => _text ??= "/" + string.Join("/", Segments.Select(s => s.ToString()));

    private string? _text;

    /// <summary>True when every segment is a literal.</summary>
    internal bool IsStatic => Segments.All(s => s.Kind == SegmentKind.Static);

    /// <summary>
    /// One digit per segment (1 static, 2 dynamic, 3 catch-all, 4 optional catch-all); comparing two
    /// keys as strings orders overlapping routes the way Next.js does. <c>0</c> for the root.
    /// </summary>
    internal string PrecedenceKey => Segments.Count == 0
        ? "0"
        : new string(Segments.Select(s => (char)('0' + (int)s.Kind)).ToArray());

    /// <summary>
    /// The function name without its verb: <c>r</c>, the precedence key, then the segments joined by
    /// <c>_</c>. Azure Functions tries routes in name order, so the key comes first.
    /// </summary>
    internal string FunctionBaseName
    {
        get
        {
            var sb = new StringBuilder("r").Append(PrecedenceKey);
            if (Segments.Count == 0) sb.Append("_index");
            foreach (var segment in Segments)
            {
                sb.Append('_');
                foreach (var c in segment.Value)
                    sb.Append(char.IsLetterOrDigit(c) && c < 128 || c == '-' ? c : '-');
            }
            return sb.ToString();
        }
    }

    /// <summary>The route in Azure Functions (ASP.NET Core template) syntax: <c>api/users/{id}</c>, <c>{*slug}</c>.</summary>
    internal string AzureRouteTemplate => AzureRouteTemplateWith(_ => null);

    /// <summary>The Azure route with a host constraint on some dynamic segments: <c>api/users/{id:int}</c>.</summary>
    internal string AzureRouteTemplateWith(System.Func<string, string?> constraintOf) => string.Join("/", Segments.Select(s => s.Kind switch
    {
        SegmentKind.Static => s.Value.Replace("{", "{{").Replace("}", "}}"),
        SegmentKind.Dynamic => constraintOf(s.Value) is { } constraint ? "{" + s.Value + ":" + constraint + "}" : "{" + s.Value + "}",
        _ => "{*" + s.Value + "}",
    }));

    /// <summary>Parses the <see cref="Text"/> form back (<c>/api/users/[id]</c>); used by tests and tools.</summary>
    internal static RoutePattern Parse(string text)
    {
        var segments = new List<RouteSegment>();
        foreach (var part in text.Split('/'))
        {
            if (part.Length == 0) continue;
            segments.Add(FolderName.Classify(part) is { } s ? s : new RouteSegment(SegmentKind.Static, part));
        }
        return new RoutePattern(segments);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
