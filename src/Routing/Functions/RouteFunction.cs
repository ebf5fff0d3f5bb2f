using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Conventions;

namespace Nextfunc.Routing.Functions;

/// <summary>One function: a route file's exported verb. Its name is its Azure Functions name.</summary>
/// <param name="Name">Stable, readable, sorts in Next.js precedence order: <c>r112_api_users_id_GET</c>.</param>
/// <param name="Verb">The exported method.</param>
/// <param name="Handler">Calls the user's method (the generated adapter).</param>
/// <example>
/// <code>
/// foreach (var (route, function) in manifest.Functions)
///     Console.WriteLine($"{function.Name}: {function.Verb} {route.Pattern}");
/// </code>
/// </example>
internal sealed record RouteFunction(string Name, HttpVerb Verb, FunctionHandler Handler)
{
    /// <summary>The types its handler takes from dependency injection: the host checks at start-up that each is registered.</summary>
    public IReadOnlyList<Type> Services { get; init; } = [];
}

/// <summary>Runs a function's handler for one request with the route's params.</summary>
internal delegate ValueTask<IResult?> FunctionHandler(HttpContext context, RouteContext route);
