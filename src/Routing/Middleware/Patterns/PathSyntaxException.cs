using System;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// A source that path-to-regexp v6 refuses. The message is path-to-regexp's own text (for example
/// <c>Unbalanced pattern at 7</c>) because Next.js users search for exactly those words.
/// </summary>
/// <example><c>PathToRegexp.ToJsSource("/about/(")</c> throws with the message <c>Unbalanced pattern at 7</c>.</example>
internal sealed class PathSyntaxException : Exception
{
    /// <summary>Creates the exception with path-to-regexp's message.</summary>
    public PathSyntaxException(string message) : base(message) { }
}
