namespace Nextfunc.Routing.Http;

/// <summary>One request cookie; the value is percent-decoded, as Next.js gives it.</summary>
/// <example>
/// <code>
/// RequestCookie? theme = request.Cookies.Get("theme");
/// var dark = theme?.Value == "dark";
/// </code>
/// </example>
public sealed record RequestCookie(string Name, string Value);
