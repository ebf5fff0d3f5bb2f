namespace Nextfunc.Routing.Http;

/// <summary>
/// What <see cref="Navigation"/> throws to end a handler: <c>notFound()</c>, <c>redirect()</c>. It is not an error; the
/// host answers with <see cref="Status"/> and <see cref="Location"/>. A <c>catch</c> around code that navigates must let
/// it through: filter it out, or call <see cref="Navigation.Rethrow"/> first (<c>unstable_rethrow</c>).
/// </summary>
/// <example>
/// <code>
/// try { user = await LoadUserOrNotFound(id); }
/// catch (Exception e) when (e is not NavigationException) { logger.LogError(e, "lookup failed"); }
/// </code>
/// </example>
public sealed class NavigationException : Exception
{
    internal NavigationException(int status, string? location)
        : base(location is null ? $"Navigation: {status}" : $"Navigation: {status} to {location}")
    {
        Status = status;
        Location = location;
    }

    /// <summary>307, 308 or 404.</summary>
    public int Status { get; }

    /// <summary>The redirect target, or null for a 404.</summary>
    public string? Location { get; }

    /// <summary>The response this navigation stands for: no body, no content type.</summary>
    internal NextResponse ToResponse() => Location is null ? NextResponse.Empty(Status) : NextResponse.RedirectTo(Location, Status);
}
