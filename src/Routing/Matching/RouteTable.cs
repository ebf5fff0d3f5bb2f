using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Matching;

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
internal sealed class RouteTable
{
    private readonly RouteNode _root = new();

    /// <summary>Compiles the table. Conflicts were reported by the generator; the first entry wins here.</summary>
    public RouteTable(IEnumerable<RouteEntry> routes)
    {
        foreach (var route in routes)
            _root.Insert(route, 0);
        _root.Freeze();
    }

    /// <summary>Resolves a raw request path (leading <c>/</c>, still percent-encoded, already slash-normalised).</summary>
    /// <remarks>
    /// As in Next.js, the route is picked on the raw path, where dot segments are plain segments, and its params
    /// are decoded there first: a malformed escape is a 400 even when a <c>..</c> after it would drop it. The
    /// params the handler gets then come from the URL it sees, with dot segments resolved
    /// (<c>/api/files/a/../b</c> gives <c>["b"]</c>); when that URL no longer fits the route it is a 404, so a
    /// param is never <c>.</c> or <c>..</c> (<c>/api/users/..</c> is a 404, not <c>id = ".."</c>).
    /// </remarks>
    public RouteMatchStatus Match(string rawPath, out RouteMatch? match)
    {
        match = null;
        // Segments as ranges of the path: no substring until a param value is bound.
        Span<Range> stack = stackalloc Range[MaxStackSegments];
        var segments = Segments(rawPath, stack);
        var route = _root.Find(rawPath, segments, 0);
        if (route is null)
            return RouteMatchStatus.NotFound;

        if (!TryBind(route, rawPath, segments, out var parameters))
            return RouteMatchStatus.MalformedParam;

        if (WhatwgUrl.HasDotSegment(rawPath))
        {
            var resolvedPath = WhatwgUrl.RemoveDotSegments(rawPath);
            var resolved = Segments(resolvedPath, stackalloc Range[MaxStackSegments]);
            if (resolved.Length > 0 && resolved[^1].Start.Equals(resolved[^1].End))
                resolved = resolved[..^1]; // Next's route regexes end in (?:/)?: "/api/files/a/" still fits [...slug]
            if (!Fits(route, resolvedPath, resolved) || !TryBind(route, resolvedPath, resolved, out parameters) || route.Rejecting(parameters) is not null)
                return RouteMatchStatus.NotFound;
        }

        match = new RouteMatch(route, parameters);
        return RouteMatchStatus.Matched;
    }

    private const int MaxStackSegments = 16; // deeper paths grow onto the heap

    // "/a/b" gives the ranges of "a" and "b"; "/" and "" give none; "/a/" gives "a" and an empty last segment.
    private static ReadOnlySpan<Range> Segments(string path, Span<Range> buffer)
    {
        if (path.Length <= 1)
            return [];
        var count = 0;
        var start = 1;
        while (true)
        {
            var slash = path.AsSpan(start).IndexOf('/');
            var end = slash < 0 ? path.Length : start + slash;
            if (count == buffer.Length)
                buffer = Grow(buffer);
            buffer[count++] = new Range(start, end);
            if (slash < 0)
                return buffer[..count];
            start = end + 1;
        }
    }

    private static Span<Range> Grow(Span<Range> buffer)
    {
        var larger = new Range[buffer.Length * 2];
        buffer.CopyTo(larger);
        return larger;
    }

    // Whether the segments (dot segments already resolved) still fit the pattern that was picked on the raw path.
    private static bool Fits(RouteEntry route, string path, ReadOnlySpan<Range> segments)
    {
        var pattern = route.Segments;
        for (var i = 0; i < pattern.Length; i++)
        {
            var segment = pattern[i];
            switch (segment.Kind)
            {
                case SegmentKind.Static when i >= segments.Length || !path.AsSpan(segments[i]).SequenceEqual(segment.Value):
                case SegmentKind.Dynamic when i >= segments.Length || segments[i].Start.Equals(segments[i].End):
                case SegmentKind.CatchAll when i >= segments.Length:
                    return false;
                case SegmentKind.CatchAll:
                case SegmentKind.OptionalCatchAll:
                    return true;
            }
        }
        return segments.Length == pattern.Length;
    }

    // Decodes the params of the pattern from the segments; false when one is not valid percent-encoded UTF-8.
    private static bool TryBind(RouteEntry route, string path, ReadOnlySpan<Range> segments, out RouteParams parameters)
    {
        parameters = RouteParams.Empty; // a static route shares the empty params
        var pattern = route.Segments;
        for (var i = 0; i < pattern.Length; i++)
        {
            var segment = pattern[i];
            switch (segment.Kind)
            {
                case SegmentKind.Dynamic:
                    if (!PercentDecoding.TryDecode(path.AsSpan(segments[i]), out var value))
                        return false;
                    parameters = (parameters.Count == 0 ? new RouteParams(route.ParamCount) : parameters).Bind(segment.Value, value);
                    break;
                case SegmentKind.CatchAll:
                case SegmentKind.OptionalCatchAll:
                    if (i >= segments.Length) break; // zero segments: the key stays absent, as in Next.js
                    var values = new string[segments.Length - i];
                    for (var j = i; j < segments.Length; j++)
                    {
                        if (!PercentDecoding.TryDecode(path.AsSpan(segments[j]), out values[j - i]))
                            return false;
                    }
                    parameters = (parameters.Count == 0 ? new RouteParams(route.ParamCount) : parameters).BindList(segment.Value, values);
                    break;
            }
        }
        return true;
    }

    /// <summary>One level of the tree. Children are tried in precedence order.</summary>
    private sealed class RouteNode
    {
        // A few static children (the usual /api level) are compared one by one: cheaper than hashing the segment.
        private const int MaxLinearStatic = 4;
        private readonly Dictionary<string, RouteNode> _static = new(StringComparer.Ordinal);
        // Looked up by a span of the request path. Not a FrozenDictionary: its span lookup is a generic virtual
        // call, which cost more than the whole lookup of a Dictionary (bench/Matching.Benchmarks).
        private Dictionary<string, RouteNode>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private KeyValuePair<string, RouteNode>[] _linear = [];
        private bool _hashed;
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

        public void Freeze()
        {
            _hashed = _static.Count > MaxLinearStatic;
            if (_hashed)
                _lookup = _static.GetAlternateLookup<ReadOnlySpan<char>>();
            else
                _linear = [.. _static];
            foreach (var child in _static.Values)
                child.Freeze();
            _dynamic?.Freeze();
        }

        public RouteEntry? Find(string path, ReadOnlySpan<Range> segments, int depth)
        {
            // A route whose typed params do not convert is skipped like a failed route constraint: the search
            // goes on to the next route in precedence order, as the Functions host goes on to the next function.
            if (depth == segments.Length)
            {
                if (_terminal is not null && _terminal.Accepts(path, segments)) return _terminal;
                return _optionalCatchAll is not null && _optionalCatchAll.Accepts(path, segments) ? _optionalCatchAll : null;
            }

            if (StaticChild(path.AsSpan(segments[depth])) is { } child && child.Find(path, segments, depth + 1) is { } s)
                return s;
            if (_dynamic is not null && _dynamic.Find(path, segments, depth + 1) is { } d)
                return d;
            if (_catchAll is not null && _catchAll.Accepts(path, segments)) return _catchAll;
            if (_optionalCatchAll is not null && _optionalCatchAll.Accepts(path, segments)) return _optionalCatchAll;
            return null;
        }

        private RouteNode? StaticChild(ReadOnlySpan<char> segment)
        {
            if (_hashed)
                return _lookup.TryGetValue(segment, out var child) ? child : null;
            foreach (var (name, node) in _linear)
                if (segment.SequenceEqual(name))
                    return node;
            return null;
        }
    }
}
