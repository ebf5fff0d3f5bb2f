namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// One <c>has</c> or <c>missing</c> item of a middleware matcher. Without <see cref="Value"/> it holds
/// when the item is present and non-empty; with one it holds when <c>^Value$</c> (a JavaScript regex,
/// case-sensitive, the anchors not grouped) matches.
/// </summary>
/// <example>
/// <c>new MatchCondition(MatchConditionType.Query, "preview", "true|1")</c> is Next's
/// <c>{ type: 'query', key: 'preview', value: 'true|1' }</c>; note it also accepts <c>truex</c>.
/// </example>
/// <param name="Type">Where the value comes from.</param>
/// <param name="Key">The header, cookie or query name; null for <see cref="MatchConditionType.Host"/>.</param>
/// <param name="Value">An optional JavaScript regular expression the whole value must match.</param>
public sealed record MatchCondition(MatchConditionType Type, string? Key, string? Value = null)
{
    /// <summary><c>{ type: 'header', key, value? }</c>: a header present with a non-empty value (matching <paramref name="value"/> when given).</summary>
    public static MatchCondition Header(string key, string? value = null) => new(MatchConditionType.Header, key, value);

    /// <summary><c>{ type: 'cookie', key, value? }</c>.</summary>
    public static MatchCondition Cookie(string key, string? value = null) => new(MatchConditionType.Cookie, key, value);

    /// <summary><c>{ type: 'query', key, value? }</c>.</summary>
    public static MatchCondition Query(string key, string? value = null) => new(MatchConditionType.Query, key, value);

    /// <summary><c>{ type: 'host', value }</c>: the Host header without its port, lower-cased, against the value regex.</summary>
    public static MatchCondition Host(string value) => new(MatchConditionType.Host, null, value);
}
