using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;

namespace Nextfunc.Routing.Http;

/// <summary>
/// <c>next/navigation</c> for route handlers: each call ends the handler (it throws a
/// <see cref="NavigationException"/> the host turns into the response), so it works from any depth.
/// </summary>
/// <example><c>if (user is null) Navigation.NotFound();</c> gives a 404 with an empty body.</example>
public static class Navigation
{
    /// <summary><c>redirect(url)</c>: 307 with <c>Location</c> exactly as given.</summary>
    [DoesNotReturn]
    public static void Redirect(string url) => throw new NavigationException(307, url);

    /// <summary><c>permanentRedirect(url)</c>: 308.</summary>
    [DoesNotReturn]
    public static void PermanentRedirect(string url) => throw new NavigationException(308, url);

    /// <summary><c>notFound()</c>: 404 with an empty body (not the HTML not-found page).</summary>
    [DoesNotReturn]
    public static void NotFound() => throw new NavigationException(404, null);

    /// <summary>
    /// <c>unstable_rethrow(error)</c>: throws <paramref name="error"/> again (stack trace kept) when it is a navigation, so a
    /// catch-all does not swallow <see cref="NotFound"/> or <see cref="Redirect"/>; does nothing for any other exception.
    /// </summary>
    /// <example>
    /// <code>
    /// try { Navigation.NotFound(); }
    /// catch (Exception e) { Navigation.Rethrow(e); return NextResponse.Json(new { caught = true }); }
    /// </code>
    /// </example>
    public static void Rethrow(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is NavigationException) ExceptionDispatchInfo.Throw(error);
    }
}
