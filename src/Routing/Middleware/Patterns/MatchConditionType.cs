namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>Where a <see cref="MatchCondition"/> reads its value, as in Next.js <c>has</c>/<c>missing</c> items.</summary>
/// <example><c>MatchConditionType.Header</c> is written <c>type: 'header'</c> in a Next.js config.</example>
public enum MatchConditionType
{
    /// <summary>A request header; the key is case-insensitive, repeated lines are joined the way Node joins them.</summary>
    Header,

    /// <summary>A cookie from the <c>Cookie</c> header; the key is case-sensitive, the value URI-decoded.</summary>
    Cookie,

    /// <summary>A query-string item; the key is case-sensitive, <c>+</c> is a space, a repeated key tests its last value.</summary>
    Query,

    /// <summary>The <c>Host</c> header without its port, lower-cased. Has no key and needs a value.</summary>
    Host,
}
