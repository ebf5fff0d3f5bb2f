namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>The lexical token kinds of path-to-regexp v6; the names are the ones its error messages print.</summary>
internal enum PathTokenKind
{
    MODIFIER,
    ESCAPED_CHAR,
    OPEN,
    CLOSE,
    NAME,
    PATTERN,
    CHAR,
    END,
}

/// <summary>One lexical token. <see cref="Value"/> is null only for a trailing <c>\</c>, which escapes nothing.</summary>
internal sealed record PathToken(PathTokenKind Kind, int Index, string? Value);
