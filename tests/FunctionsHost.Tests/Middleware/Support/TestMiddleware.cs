using System.Collections.Concurrent;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>
/// A <see cref="MiddlewareDefinition"/> as the generator would emit it: the real compiled matcher over
/// <c>config.matcher</c> entries, and a body that records every path it ran for.
/// </summary>
internal sealed class TestMiddleware
{
    private readonly Func<NextRequest, ValueTask<NextResponse?>> _body;

    public TestMiddleware(Func<NextRequest, ValueTask<NextResponse?>> body, params MatcherEntry[] matcher)
    {
        _body = body;
        var compiled = matcher.Select(e => MatcherCompiler.TryCompile(e, out var c, out var error) ? c : throw new InvalidOperationException(error)).ToList();
        var runtime = new MiddlewareMatcher(compiled, buildId: "test-build");
        Definition = new MiddlewareDefinition("middleware.cs", runtime.Matches, Invoke);
    }

    public TestMiddleware(Func<NextRequest, NextResponse?> body, params MatcherEntry[] matcher)
        : this(r => ValueTask.FromResult(body(r)), matcher) { }

    /// <summary>What the pipeline runs.</summary>
    public MiddlewareDefinition Definition { get; }

    /// <summary>Method and pathname of every run, in order.</summary>
    public ConcurrentQueue<string> Runs { get; } = new();

    private ValueTask<NextResponse?> Invoke(NextRequest request, NextFetchEvent fetchEvent)
    {
        Runs.Enqueue(request.Method + " " + request.NextUrl.Pathname);
        return _body(request);
    }
}
