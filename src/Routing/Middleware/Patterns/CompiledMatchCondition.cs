namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// A validated <see cref="MatchCondition"/>, ready for the request-time matcher: header keys are
/// lower-cased and the value is already the .NET pattern of <c>^value$</c>.
/// </summary>
/// <example>
/// <c>{ type: 'host', value: 'example.com' }</c> compiles to Type Host, Key null, ValuePattern
/// <c>^example[^\n\r\u2028\u2029]com\z</c>.
/// </example>
/// <param name="Type">Where the value comes from.</param>
/// <param name="Key">The lookup key (lower-cased for headers); null for host.</param>
/// <param name="ValuePattern">
/// The .NET pattern for <see cref="Patterns.JsRegexTranslator.Options"/>, or null when any non-empty value will do.
/// </param>
internal sealed record CompiledMatchCondition(MatchConditionType Type, string? Key, string? ValuePattern);
