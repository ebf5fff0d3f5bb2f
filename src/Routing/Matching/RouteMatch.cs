using Serverless.Routing.Functions;

namespace Serverless.Routing.Matching;

/// <summary>The route a path resolved to, with its decoded params.</summary>
internal sealed record RouteMatch(RouteEntry Route, RouteParams Params);
