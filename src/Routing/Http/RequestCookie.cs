namespace Serverless.Routing.Http;

/// <summary>One request cookie; the value is percent-decoded, as Next.js gives it.</summary>
public sealed record RequestCookie(string Name, string Value);
