namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// A parameter or <c>{…}</c> group of a parsed source: what path-to-regexp v6 calls a key. Names never affect matching;
/// config rewrites and redirects read them to put a param where the destination names it.
/// </summary>
/// <param name="Prefix">The text before the param (<c>/</c>), part of it.</param>
/// <param name="Suffix">The text after it inside a <c>{…}</c> group.</param>
/// <param name="Pattern">Its regular expression (the default <c>[^\/#\?]+?</c> for <c>:name</c>).</param>
/// <param name="Modifier"><c>?</c>, <c>*</c>, <c>+</c> or empty.</param>
/// <param name="Name">The param's name (<c>slug</c> for <c>:slug</c>), its index for an unnamed <c>(\d+)</c>, or empty for a group with no pattern.</param>
internal sealed record PathKey(string Prefix, string Suffix, string Pattern, string Modifier, string Name = "");
