using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Functions;

/// <summary>The second argument of a Next.js route handler: the matched route's params.</summary>
/// <example><c>public static IResult GET(NextRequest request, RouteContext context) => NextResponse.Json(new { id = context.Params["id"] });</c></example>
public sealed class RouteContext(RouteParams @params, string functionName)
{
    /// <summary>The dynamic segments, decoded once.</summary>
    public RouteParams Params { get; } = @params;

    /// <summary>The Azure Functions name of the running function.</summary>
    public string FunctionName { get; } = functionName;
}
