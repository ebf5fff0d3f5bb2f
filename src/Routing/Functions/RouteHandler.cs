using Microsoft.AspNetCore.Http;

namespace Nextfunc.Routing.Functions;

/// <summary>
/// The generated adapter for one exported verb: binds the method's parameters from the invocation
/// and returns its result. Emitted at build time; nothing is discovered by reflection.
/// </summary>
/// <example>
/// <code>
/// // what the generator emits for app/api/users/[id]/route.cs's GET(RouteContext context)
/// RouteHandler handler = static i => new(UserById.GET(i.Context));
/// </code>
/// </example>
public delegate ValueTask<IResult?> RouteHandler(RouteInvocation invocation);
