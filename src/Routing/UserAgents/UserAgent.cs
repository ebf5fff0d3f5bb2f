using System.Text.Json.Serialization.Metadata;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>userAgent(request)</c> from <c>next/server</c>: what the User-Agent header says about the browser, engine,
/// system, device and CPU, read as Next.js 15 reads it (ua-parser-js 1.x), plus <see cref="IsBot"/>.
/// The common families are recognised (Chrome, Edge, Firefox, Safari, Opera, Samsung Internet, in-app browsers;
/// Windows, macOS, iOS, Android, Linux, ChromeOS; Apple, Samsung, Google and other Android makers); a member the
/// header does not tell is null, as Next.js leaves it undefined, and the JSON leaves it out.
/// </summary>
/// <example>
/// <code>
/// public static IResult GET(NextRequest request)
/// {
///     var ua = UserAgent.From(request);
///     if (ua.IsBot) return NextResponse.Text("no personalisation for crawlers");
///     return NextResponse.Json(ua, UserAgent.JsonTypeInfo);   // {"ua":"…","browser":{"name":"Chrome",…},…,"isBot":false}
/// }
/// </code>
/// </example>
public sealed record UserAgent
{
    // ua-parser-js reads at most this many characters (after leading white space); isBot reads the whole header.
    private const int MaxLength = 350;

    /// <summary>The User-Agent as parsed: the header, or its first 350 characters when longer; <c>""</c> when absent.</summary>
    public string Ua { get; init; } = "";

    /// <summary>The browser.</summary>
    public UserAgentBrowser Browser { get; init; } = new();

    /// <summary>The layout engine.</summary>
    public UserAgentEngine Engine { get; init; } = new();

    /// <summary>The operating system.</summary>
    public UserAgentOs Os { get; init; } = new();

    /// <summary>The device; all null on a desktop.</summary>
    public UserAgentDevice Device { get; init; } = new();

    /// <summary>The CPU architecture.</summary>
    public UserAgentCpu Cpu { get; init; } = new();

    /// <summary>True when the header names a well-known crawler or link previewer (Googlebot, Bingbot, Slackbot, ...), in any case.</summary>
    public bool IsBot { get; init; }

    /// <summary>Source-generated JSON metadata (camelCase, null members left out), for <c>NextResponse.Json</c> under Native AOT.</summary>
    public static JsonTypeInfo<UserAgent> JsonTypeInfo => UserAgentJsonContext.Relaxed.UserAgent;

    /// <summary><c>userAgent(request)</c>: parses the request's User-Agent header.</summary>
    public static UserAgent From(NextRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Parse(request.Headers.Get("user-agent"));
    }

    /// <summary><c>userAgentFromString(ua)</c>: parses a User-Agent string; null or empty gives all members null.</summary>
    public static UserAgent Parse(string? ua)
    {
        if (string.IsNullOrEmpty(ua))
            return new UserAgent();

        var parsed = ua.Length > MaxLength ? Shorten(ua) : ua;
        return new UserAgent
        {
            Ua = parsed,
            Browser = BrowserRules.Parse(parsed),
            Engine = EngineRules.Parse(parsed),
            Os = OsRules.Parse(parsed),
            Device = DeviceRules.Parse(parsed),
            Cpu = CpuRules.Parse(parsed),
            IsBot = BotPattern.Matches(ua),
        };
    }

    // ua-parser-js drops leading white space (JavaScript's \s) and keeps the first 350 characters.
    private static string Shorten(string ua)
    {
        var start = 0;
        while (start < ua.Length && UaText.IsJsWhiteSpace(ua[start]))
            start++;
        return ua.Substring(start, Math.Min(MaxLength, ua.Length - start));
    }
}
