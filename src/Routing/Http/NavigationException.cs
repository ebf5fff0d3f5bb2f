namespace Nextfunc.Routing.Http;

/// <summary>Thrown by <see cref="Navigation"/>; the host answers with <see cref="Status"/> and <see cref="Location"/>. Not an error.</summary>
internal sealed class NavigationException(int status, string? location)
    : Exception(location is null ? $"Navigation: {status}" : $"Navigation: {status} to {location}")
{
    /// <summary>307, 308 or 404.</summary>
    public int Status { get; } = status;

    /// <summary>The redirect target, or null for a 404.</summary>
    public string? Location { get; } = location;

    /// <summary>The response this navigation stands for: no body, no content type.</summary>
    public NextResponse ToResponse() => Location is null ? NextResponse.Empty(Status) : NextResponse.Redirect(Location, Status);
}
