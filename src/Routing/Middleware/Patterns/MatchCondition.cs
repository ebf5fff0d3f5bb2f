namespace Serverless.Routing.Middleware.Patterns;

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
public sealed record MatchCondition(MatchConditionType Type, string? Key, string? Value = null);
