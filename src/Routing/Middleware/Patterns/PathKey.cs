namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// A parameter or <c>{…}</c> group of a parsed source: what path-to-regexp v6 calls a key. Only the
/// parts that shape the regular expression are kept; parameter names never affect matching.
/// </summary>
internal sealed record PathKey(string Prefix, string Suffix, string Pattern, string Modifier);
