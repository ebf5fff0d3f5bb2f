namespace Nextfunc.Routing.Http;

/// <summary>
/// The origin (<c>https://app.example.com</c>) the client used, when the host knows it: set per request by the runtime
/// behind the Functions host or a trusted proxy. Without it, <see cref="NextRequest.Url"/> is Next.js's
/// <c>http://localhost:PORT</c>, as <c>next start</c> builds it.
/// </summary>
/// <param name="Origin">Scheme, host and port if not the default: <c>https://app.example.com</c>.</param>
internal sealed record RequestOriginFeature(string Origin);
