using Serverless.Routing.Conventions;
using Serverless.Routing.Functions;

namespace Serverless.Routing.Matching;

/// <summary>
/// The compiled route table: a tree of segments built once, walked per request in Next.js
/// precedence order (static, then dynamic, then catch-all, then optional catch-all), backtracking
/// when a branch fails deeper down. Static segments compare the raw (still encoded) request
/// segment, case-sensitively; params are percent-decoded exactly once.
/// </summary>
/// <example>
/// <code>
/// var table = new RouteTable(routes);
/// if (table.Match("/api/users/42", out var match) == RouteMatchStatus.Matched)
///     Console.WriteLine(match!.Params["id"]);   // 42
/// </code>
/// </example>
public sealed class RouteTable
{
    private readonly RouteNode _root = new();

    /// <summary>Compiles the table. Conflicts were reported by the generator; the first entry wins here.</summary>
    public RouteTable(IEnumerable<RouteEntry> routes)
    {
        foreach (var route in routes)
            _root.Insert(route, 0);
    }

    /// <summary>Resolves a raw request path (leading <c>/</c>, still percent-encoded, already slash-normalised).</summary>
    public RouteMatchStatus Match(string rawPath, out RouteMatch? match)
    {
        match = null;
        var segments = rawPath.Length <= 1 ? [] : rawPath.Substring(1).Split('/');
        var found = _root.Find(segments, 0);
        if (found is null)
            return RouteMatchStatus.NotFound;

        var (route, _) = found.Value;
        var parameters = new RouteParams();
        var pattern = route.Pattern.Segments;
        for (var i = 0; i < pattern.Count; i++)
        {
            var segment = pattern[i];
            switch (segment.Kind)
            {
                case SegmentKind.Dynamic:
                    if (!PercentDecoding.TryDecode(segments[i], out var value))
                        return RouteMatchStatus.MalformedParam;
                    parameters.Add(segment.Value, value);
                    break;
                case SegmentKind.CatchAll:
                case SegmentKind.OptionalCatchAll:
                    if (i >= segments.Length) break; // zero segments: the key stays absent, as in Next.js
                    var values = new string[segments.Length - i];
                    for (var j = i; j < segments.Length; j++)
                    {
                        if (!PercentDecoding.TryDecode(segments[j], out values[j - i]))
                            return RouteMatchStatus.MalformedParam;
                    }
                    parameters.AddList(segment.Value, values);
                    break;
            }
        }

        match = new RouteMatch(route, parameters.Count == 0 ? RouteParams.Empty : parameters);
        return RouteMatchStatus.Matched;
    }

    /// <summary>One level of the tree. Children are tried in precedence order.</summary>
    private sealed class RouteNode
    {
        private readonly Dictionary<string, RouteNode> _static = new(StringComparer.Ordinal);
        private RouteNode? _dynamic;
        private RouteEntry? _terminal;
        private RouteEntry? _catchAll;
        private RouteEntry? _optionalCatchAll;

        public void Insert(RouteEntry route, int depth)
        {
            var segments = route.Pattern.Segments;
            if (depth == segments.Count)
            {
                _terminal ??= route;
                return;
            }

            var segment = segments[depth];
            switch (segment.Kind)
            {
                case SegmentKind.Static:
                    if (!_static.TryGetValue(segment.Value, out var child))
                        _static[segment.Value] = child = new RouteNode();
                    child.Insert(route, depth + 1);
                    break;
                case SegmentKind.Dynamic:
                    (_dynamic ??= new RouteNode()).Insert(route, depth + 1);
                    break;
                case SegmentKind.CatchAll:
                    _catchAll ??= route;
                    break;
                case SegmentKind.OptionalCatchAll:
                    _optionalCatchAll ??= route;
                    break;
            }
        }

        public (RouteEntry Route, int Depth)? Find(string[] segments, int depth)
        {
            if (depth == segments.Length)
            {
                if (_terminal is not null) return (_terminal, depth);
                return _optionalCatchAll is not null ? (_optionalCatchAll, depth) : null;
            }

            var segment = segments[depth];
            if (_static.TryGetValue(segment, out var child) && child.Find(segments, depth + 1) is { } s)
                return s;
            if (_dynamic is not null && _dynamic.Find(segments, depth + 1) is { } d)
                return d;
            if (_catchAll is not null) return (_catchAll, depth);
            if (_optionalCatchAll is not null) return (_optionalCatchAll, depth);
            return null;
        }
    }
}
