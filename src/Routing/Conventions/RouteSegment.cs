namespace Nextfunc.Routing.Conventions;

/// <summary>
/// One URL segment of a route: a literal (<see cref="SegmentKind.Static"/>) or a parameter.
/// </summary>
/// <param name="Kind">What the folder name declared.</param>
/// <param name="Value">The literal URL text for a static segment; the parameter name otherwise.</param>
/// <example><c>new RouteSegment(SegmentKind.Dynamic, "id")</c> is the folder <c>[id]</c>.</example>
internal readonly record struct RouteSegment(SegmentKind Kind, string Value)
{
    /// <summary>The segment as a Next.js user writes the folder: <c>me</c>, <c>[id]</c>, <c>[...slug]</c>, <c>[[...slug]]</c>.</summary>
    public override string ToString() => Kind switch
    {
        SegmentKind.Dynamic => "[" + Value + "]",
        SegmentKind.CatchAll => "[..." + Value + "]",
        SegmentKind.OptionalCatchAll => "[[..." + Value + "]]",
        _ => Value,
    };
}
