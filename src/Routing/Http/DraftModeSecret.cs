using System.Security.Cryptography;
using System.Text;

namespace Nextfunc.Routing.Http;

/// <summary>
/// The value of draft mode's bypass cookie: derived from the app's secret (<c>Nextfunc:DraftModeSecret</c>), so every
/// instance accepts the cookie any instance set; or, without one, random for this process.
/// </summary>
internal sealed class DraftModeSecret
{
    private readonly Action? _firstEnable;
    private int _enabled;

    /// <summary>Derives the cookie value from <paramref name="secret"/>; null makes a random one.</summary>
    /// <param name="secret">The configured secret, or null.</param>
    /// <param name="firstEnable">Called once, the first time draft mode is enabled (the host warns about a random secret).</param>
    public DraftModeSecret(string? secret, Action? firstEnable = null)
    {
        // 32 hex characters, as Next.js's previewModeId: safe in a cookie, and the secret itself never leaves the app.
        CookieValue = secret is null
            ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))
            : Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), "nextfunc draft mode"u8))[..32];
        _firstEnable = firstEnable;
    }

    /// <summary>For a context without the app's services (a test, a tool): one random value per process.</summary>
    public static DraftModeSecret PerProcess { get; } = new(null);

    /// <summary>The bypass cookie's value.</summary>
    public string CookieValue { get; }

    /// <summary>Draft mode was enabled: the first time, tell the host.</summary>
    public void OnEnable()
    {
        if (_firstEnable is not null && Interlocked.Exchange(ref _enabled, 1) == 0) _firstEnable();
    }
}
