namespace Nextfunc.Routing.Functions;

/// <summary>
/// What a typed handler parameter asks of its dynamic segment: the route matches only when the decoded
/// value converts (<c>GET(int id)</c> makes <c>/api/users/abc</c> fall through like an unmatched URL).
/// Emitted by the generator; the same rule decides in every hosting mode, before any handler runs.
/// </summary>
/// <param name="Name">The segment's name: <c>id</c> for <c>[id]</c>.</param>
/// <param name="TypeName">The parameter's type as written (<c>int</c>, <c>System.Guid</c>), for messages.</param>
/// <param name="AzureConstraint">The route constraint the Functions host applies to the same segment (<c>int</c>, <c>guid</c>), or null when it has none for the type.</param>
/// <param name="Accepts">True when a decoded value converts.</param>
/// <example>
/// <code>
/// new RouteParamConstraint("id", "int", "int", static v => RouteParamValue.IsValid&lt;int&gt;(v))
/// </code>
/// </example>
internal sealed record RouteParamConstraint(string Name, string TypeName, string? AzureConstraint, Func<string, bool> Accepts);
