using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Routing.Generated;

/// <summary>
/// The generated adapter for one exported verb: binds the method's parameters from the invocation and returns
/// its result. Emitted at build time; nothing is discovered by reflection. For generated code only.
/// </summary>
/// <example>
/// <code>
/// // what the generator emits for app/api/users/[id]/route.cs's GET(RouteContext context)
/// RouteHandler handler = static i => new(UserById.GET(i.Context));
/// </code>
/// </example>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ValueTask<IResult?> RouteHandler(RouteInvocation invocation);

/// <summary>Turns a generated adapter into the handler a route function runs.</summary>
internal static class RouteHandlerAdapter
{
    /// <summary>The function handler that calls <paramref name="handler"/> with the invocation of each request.</summary>
    public static FunctionHandler ToFunctionHandler(this RouteHandler handler) => (context, route) => handler(new RouteInvocation(context, route));
}
