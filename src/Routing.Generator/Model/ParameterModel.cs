namespace Nextfunc.Routing.Generator.Model;

/// <summary>
/// One verb-method parameter as declared. Whether it is a route value depends on the folder names, which
/// the per-file parser does not know, so the app model resolves it (<c>RouteParameterBinder</c>).
/// </summary>
/// <param name="Binding">The expression for a type the adapter supplies itself (NextRequest, RouteContext, ...), or null.</param>
/// <param name="ServiceType">The type, fully qualified, when dependency injection could supply it, or null.</param>
/// <param name="RouteValue">How the type converts from a URL segment.</param>
/// <param name="TypeDisplay">The type as the user wrote it, for messages.</param>
/// <param name="Location">Where a binding problem is reported; null for a type the adapter supplies, which always binds. Kept
/// only where needed, because a location moves with any edit above it and a moved location makes the model differ.</param>
internal sealed record ParameterModel(string Name, string? Binding, string? ServiceType, RouteValueModel RouteValue, string TypeDisplay, SourceLocation? Location);
