using Nextfunc.Routing.Conventions;

namespace Nextfunc.Routing.Functions;

/// <summary>One function: a route file's exported verb. Its name is its Azure Functions name.</summary>
/// <param name="Name">Stable, readable, sorts in Next.js precedence order: <c>r112_api_users_id_GET</c>.</param>
/// <param name="Verb">The exported method.</param>
/// <param name="Handler">The generated adapter that calls the user's method.</param>
/// <example>
/// <code>
/// foreach (var (route, function) in builder.Manifest.Functions)
///     Console.WriteLine($"{function.Name}: {function.Verb} {route.Pattern}");
/// </code>
/// </example>
public sealed record RouteFunction(string Name, HttpVerb Verb, RouteHandler Handler);
