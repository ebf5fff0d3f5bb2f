using Serverless.Routing.Conventions;

namespace Serverless.Routing.Functions;

/// <summary>One function: a route file's exported verb. Its name is its Azure Functions name.</summary>
/// <param name="Name">Stable, readable, sorts in Next.js precedence order: <c>r112_api_users_id_GET</c>.</param>
/// <param name="Verb">The exported method.</param>
/// <param name="Handler">The generated adapter that calls the user's method.</param>
public sealed record RouteFunction(string Name, HttpVerb Verb, RouteHandler Handler);
