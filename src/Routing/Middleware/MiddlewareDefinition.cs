using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Middleware;

/// <summary>
/// The app's <c>middleware.cs</c> as the generator compiled it: the function and its matcher.
/// </summary>
/// <param name="SourceFile">The middleware file, relative to the project.</param>
/// <param name="Matches">The compiled <c>config.matcher</c>; true when the middleware runs for the request.</param>
/// <param name="Invoke">The user's <c>Middleware</c> method; a null answer (a method that returns nothing) means "continue".</param>
/// <example>
/// <code>
/// // emitted for a middleware.cs without Config.Matcher: it runs for every path
/// return new("middleware.cs", static _ => true, static (request, fetchEvent) => new(AppMiddleware.Middleware(request)));
/// </code>
/// </example>
internal sealed record MiddlewareDefinition(
    string SourceFile,
    Func<HttpRequest, bool> Matches,
    Func<NextRequest, NextFetchEvent, ValueTask<NextResponse?>> Invoke);
