using Nextfunc.Routing.Functions;

namespace Nextfunc.Routing.Matching;

/// <summary>The route a path resolved to, with its decoded params.</summary>
internal sealed record RouteMatch(RouteEntry Route, RouteParams Params);
