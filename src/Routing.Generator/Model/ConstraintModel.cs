namespace Nextfunc.Routing.Generator.Model;

/// <summary>A typed segment of a route: emitted as a <c>RouteParamConstraint</c>.</summary>
/// <param name="Accepts">The C# lambda that checks a decoded value.</param>
/// <param name="Schema">The OpenAPI schema of the segment's values.</param>
internal sealed record ConstraintModel(string Name, string TypeName, string? AzureConstraint, string Accepts, string Schema);
