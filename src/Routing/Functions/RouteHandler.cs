using Microsoft.AspNetCore.Http;

namespace Serverless.Routing.Functions;

/// <summary>
/// The generated adapter for one exported verb: binds the method's parameters from the invocation
/// and returns its result. Emitted at build time; nothing is discovered by reflection.
/// </summary>
public delegate ValueTask<IResult?> RouteHandler(RouteInvocation invocation);
