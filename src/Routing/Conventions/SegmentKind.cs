namespace Nextfunc.Routing.Conventions;

/// <summary>
/// The kinds of URL segment a folder under <c>app/</c> can produce, in Next.js precedence order:
/// a static segment beats a dynamic one, which beats a catch-all, which beats an optional catch-all.
/// </summary>
/// <example>
/// <code>
/// // app/api/users/[id]/route.cs -> Static("api"), Static("users"), Dynamic("id")
/// // app/docs/[[...slug]]/route.cs -> Static("docs"), OptionalCatchAll("slug")
/// var dynamicNames = route.Pattern.Segments.Where(s => s.Kind != SegmentKind.Static).Select(s => s.Value);
/// </code>
/// </example>
internal enum SegmentKind
{
    /// <summary>A literal folder name, compared with the raw (still encoded) request segment.</summary>
    Static = 1,
    /// <summary><c>[id]</c>: exactly one segment.</summary>
    Dynamic = 2,
    /// <summary><c>[...slug]</c>: one or more segments.</summary>
    CatchAll = 3,
    /// <summary><c>[[...slug]]</c>: zero or more segments.</summary>
    OptionalCatchAll = 4,
}
