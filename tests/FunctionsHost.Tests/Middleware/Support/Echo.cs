using System.Text.Json.Nodes;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Http;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>
/// A route handler that answers with what it saw: pathname, search, the <c>id</c> param if any,
/// <c>request.Headers</c> and <c>RequestScope.Headers()</c> (names lower-cased).
/// </summary>
public static class Echo
{
    public static ValueTask<IResult?> Handler(RouteInvocation invocation)
    {
        var request = invocation.Request;
        var body = new JsonObject
        {
            ["handler"] = invocation.Context.FunctionName,
            ["path"] = request.NextUrl.Pathname,
            ["search"] = request.NextUrl.Search,
            ["id"] = invocation.Context.Params.ContainsKey("id") ? invocation.Context.Params["id"] : null,
            ["headers"] = Headers(request.Headers),
            ["scopeHeaders"] = Headers(RequestScope.Headers()),
        };
        return new(NextResponse.Json(body, headers: new() { ["x-handler"] = "echo" }));
    }

    private static JsonObject Headers(NextHeaders headers)
    {
        var o = new JsonObject();
        foreach (var (k, v) in headers) o[k] = v;
        return o;
    }
}
