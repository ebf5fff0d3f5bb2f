using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Functions;

/// <summary>
/// A route file as the generator compiled it: its URL, its functions (one per exported verb),
/// its segment config and where it came from.
/// </summary>
/// <example>
/// <code>
/// new RouteEntry(RoutePattern.Parse("/api/users/[id]"), RouteFileKind.Route, "app/api/users/[id]/route.cs",
///     SegmentConfig.Default, [new RouteFunction("r112_api_users_id_GET", HttpVerb.GET, Handlers.Get)]);
/// </code>
/// </example>
internal sealed class RouteEntry(
    RoutePattern pattern,
    RouteFileKind kind,
    string sourceFile,
    SegmentConfig config,
    IReadOnlyList<RouteFunction> functions)
{
    private readonly RouteFunction?[] _byVerb = Index(functions);

    /// <summary>How many params a match binds (dynamic and catch-all segments), so the matcher sizes them once.</summary>
    internal int ParamCount { get; } = pattern.Segments.Count(s => s.Kind != SegmentKind.Static);

    /// <summary>The pattern's segments as an array: the matcher walks them on every request.</summary>
    internal RouteSegment[] Segments { get; } = [.. pattern.Segments];

    /// <summary>The URL pattern.</summary>
    public RoutePattern Pattern { get; } = pattern;

    /// <summary>route, sitemap or robots.</summary>
    public RouteFileKind Kind { get; } = kind;

    /// <summary>The route file, relative to the project.</summary>
    public string SourceFile { get; } = sourceFile;

    /// <summary>The segment config (<c>Dynamic</c>, <c>Revalidate</c>, ...).</summary>
    public SegmentConfig Config { get; } = config;

    /// <summary>The exported verbs as functions.</summary>
    public IReadOnlyList<RouteFunction> Functions { get; } = functions;

    /// <summary>
    /// The route's <c>GenerateStaticParams</c>, when it has one: the params to prerender, and with
    /// <c>DynamicParams = false</c> the only params served.
    /// </summary>
    public Func<IServiceProvider, CancellationToken, ValueTask<IReadOnlyList<RouteParams>>>? GenerateStaticParams { get; init; }

    /// <summary>
    /// The typed handler parameters' rules (<c>GET(int id)</c>): a URL whose value does not convert does
    /// not match this route, exactly as an Azure Functions route constraint would not.
    /// </summary>
    public IReadOnlyList<RouteParamConstraint> Constraints
    {
        get => _constraints;
        init
        {
            _constraints = value;
            _constrainedSegments = value.Select(c => Pattern.Segments.ToList().FindIndex(s => s.Kind == SegmentKind.Dynamic && s.Value == c.Name)).ToArray();
        }
    }

    private readonly IReadOnlyList<RouteParamConstraint> _constraints = [];
    private readonly int[] _constrainedSegments = [];

    /// <summary>
    /// True when every constrained segment of the raw request <paramref name="segments"/> converts. A value that
    /// does not decode is left to the binding step, which answers it with the malformed-param 400.
    /// </summary>
    internal bool Accepts(string path, ReadOnlySpan<Range> segments)
    {
        for (var c = 0; c < _constraints.Count; c++)
        {
            var index = _constrainedSegments[c];
            if (index < 0 || index >= segments.Length) continue;
            if (PercentDecoding.TryDecode(path[segments[index]], out var value) && !_constraints[c].Accepts(value))
                return false;
        }
        return true;
    }

    /// <summary>The first constraint that decoded <paramref name="parameters"/> break, or null when they all convert.</summary>
    internal RouteParamConstraint? Rejecting(RouteParams parameters) =>
        _constraints.FirstOrDefault(c => parameters.ContainsKey(c.Name) && !c.Accepts(parameters[c.Name]));

    /// <summary>The route in Azure Functions syntax with each typed segment's host constraint: <c>api/users/{id:int}</c>.</summary>
    internal string AzureRouteTemplate =>
        Pattern.AzureRouteTemplateWith(name => _constraints.FirstOrDefault(c => c.Name == name)?.AzureConstraint);

    /// <summary>The function for an exported verb, or null.</summary>
    internal RouteFunction? Find(HttpVerb verb) => _byVerb[(int)verb];

    /// <summary>What the output cache does with this route's GET; null when it is not cached.</summary>
    internal CachePolicy? Cache { get; } = CachePolicy.For(kind, config, functions.Any(f => f.Verb == HttpVerb.GET));

    /// <summary>True when GET responses of this route go to the output cache ("prerendered" in Next.js terms).</summary>
    internal bool IsPrerendered => Cache is not null;

    private static RouteFunction?[] Index(IReadOnlyList<RouteFunction> functions)
    {
        var byVerb = new RouteFunction?[Enum.GetValues<HttpVerb>().Length];
        foreach (var f in functions) byVerb[(int)f.Verb] = f;
        return byVerb;
    }
}
