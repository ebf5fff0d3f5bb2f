namespace Nextfunc.Routing.Generator.Model;

/// <summary>How a parameter type converts from a URL segment.</summary>
/// <param name="Kind">What the type can bind: a single segment, the segments of a catch-all, or nothing.</param>
/// <param name="TypeName">The fully qualified type for emitted code (<c>int</c>, <c>global::System.Guid</c>).</param>
/// <param name="AzureConstraint">The Functions host route constraint for the type (<c>int</c>, <c>guid</c>), or null.</param>
/// <param name="Schema">The OpenAPI schema of one value, as JSON.</param>
internal sealed record RouteValueModel(RouteValueKind Kind, string TypeName, string? AzureConstraint, string Schema);

/// <summary>What a parameter type can take from the URL.</summary>
internal enum RouteValueKind
{
    /// <summary>Nothing: not convertible from text.</summary>
    Unsupported,
    /// <summary>A type the compiler cannot resolve (a missing using or reference): its own error says so, not ours.</summary>
    Unresolved,
    /// <summary><c>string</c>: the decoded segment as is.</summary>
    String,
    /// <summary>A type implementing <c>IParsable&lt;T&gt;</c> (int, long, Guid, DateOnly, ...).</summary>
    Parsable,
    /// <summary>An enum, by member name.</summary>
    Enum,
    /// <summary><c>string[]</c>: a catch-all's segments.</summary>
    Segments,
    /// <summary><c>string[]?</c>: an optional catch-all's segments, null when absent.</summary>
    OptionalSegments,
}
