using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Matching.Benchmarks;

/// <summary>The conformance app's <c>config.matcher</c> (shared/conformance FINDINGS §6), used by every benchmark here.</summary>
internal static class ConformanceMatcher
{
    public static readonly MatcherEntry[] Config =
    [
        new("/about/:path*"),
        new("/api/:path*"),
        new("/((?!_next/static|_next/image|favicon.ico|api|about|nomw|hdr|ck|q).*)"),
        new("/hdr/:path*", Has: [new MatchCondition(MatchConditionType.Header, "x-want-mw")]),
        new("/ck/:path*", Missing: [new MatchCondition(MatchConditionType.Cookie, "skip-mw")]),
        new("/q/:path*", Has: [new MatchCondition(MatchConditionType.Query, "run", "yes")]),
    ];

    /// <summary>The entries compiled as the generator compiles them at build time.</summary>
    public static List<CompiledMatcherEntry> Compiled() =>
        Config.Select(e => MatcherCompiler.TryCompile(e, out var c, out var error) ? c : throw new InvalidOperationException(error)).ToList();
}
