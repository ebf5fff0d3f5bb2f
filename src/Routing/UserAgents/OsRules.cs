using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>os</c>: Windows (the NT version mapped to its marketing name), iOS and Mac OS (underscores made dots), Android,
/// ChromeOS (<c>Chromium OS</c>), the Linux distributions a UA names, then plain Linux, whose "version" is the word
/// after it (<c>Linux x86_64</c> → <c>x86_64</c>), a ua-parser-js quirk Next.js shows as it is.
/// </summary>
internal static partial class OsRules
{
    public static UserAgentOs Parse(string ua) => UaRule<UserAgentOs>.First(Rules, ua, new UserAgentOs());

    private static readonly UaRule<UserAgentOs>[] Rules =
    [
        new(WindowsVistaXp, NameThenVersion),
        new(WindowsRt, WindowsNamed),
        new(WindowsPhone, WindowsNamed),
        new(Windows, WindowsNamed),
        new(WindowsOld, m => Named("Windows", WindowsVersion(m.At(2)))),
        new(Ios, m => Named("iOS", m.At(1, '_', '.'))),
        new(IosFacebook, m => Named("iOS", m.At(1, '_', '.'))),
        new(IosNetwork, m => Named("iOS", m.At(1, '_', '.'))),
        new(MacOs, m => Named("Mac OS", m.At(2, '_', '.'))),
        new(Macintosh, m => Named("Mac OS", m.At(2, '_', '.'))),
        new(AndroidFork, m => Named(m.At(2), m.At(1))),                    // Android x86, HarmonyOS
        new(Android, NameThenVersion),                                      // also webOS, Sailfish, ...
        new(BlackBerry, NameThenVersion),
        new(TizenKaiOs, NameThenVersion),
        new(WebOsTv, m => Named("webOS", m.At(1))),
        new(WebOs, m => Named("webOS", m.At(1))),
        new(Chromecast, m => Named("Chromecast", m.At(1))),
        new(ChromeOs, m => Named("Chromium OS", m.At(2))),
        new(NintendoPlayStation, NameThenVersion),
        new(Xbox, NameThenVersion),
        new(Mint, NameThenVersion),
        new(Distribution, NameThenVersion),
        new(Linux, NameThenVersion),
        new(Gnu, NameThenVersion),
        new(Bsd, NameThenVersion),
    ];

    // ua-parser-js's table, in the order JavaScript enumerates it (integer-like keys first, ascending): the first
    // name whose NT version the UA's text contains. A version it does not know stays as written.
    private static readonly (string? Key, string Value)[] WindowsVersions =
    [
        ("7", "NT 6.1"), ("8", "NT 6.2"), ("10", "NT 6.4"), ("10", "NT 10.0"), ("2000", "NT 5.0"), ("ME", "4.90"),
        ("NT 3.11", "NT3.51"), ("NT 4.0", "NT4.0"), ("XP", "NT 5.1"), ("XP", "NT 5.2"), ("Vista", "NT 6.0"),
        ("8.1", "NT 6.3"), ("RT", "ARM"),
    ];

    private static string? WindowsVersion(string? text) => UaText.MapVersion(text, WindowsVersions);

    private static UserAgentOs Named(string? name, string? version) => new() { Name = name, Version = version };

    private static UserAgentOs NameThenVersion(Match m) => Named(m.At(1), m.At(2));

    private static UserAgentOs WindowsNamed(Match m) => Named(m.At(1), WindowsVersion(m.At(2)));

    [GeneratedRegex(@"microsoft (windows) (vista|xp)", UaText.Js)] private static partial Regex WindowsVistaXp { get; }
    [GeneratedRegex(@"(windows) nt 6\.2; (arm)", UaText.Js)] private static partial Regex WindowsRt { get; }
    [GeneratedRegex(@"(windows (?:phone(?: os)?|mobile))[/ ]?([\d.\w ]*)", UaText.Js)] private static partial Regex WindowsPhone { get; }
    [GeneratedRegex(@"(windows)[/ ]?([ntce\d. ]+\w)(?!.+xbox)", UaText.Js)] private static partial Regex Windows { get; }
    [GeneratedRegex(@"(win(?=3|9|n)|win 9x )([nt\d.]+)", UaText.Js)] private static partial Regex WindowsOld { get; }
    [GeneratedRegex(@"ip[honead]{2,4}\b(?:.*os (\w+) like mac|; opera)", UaText.Js)] private static partial Regex Ios { get; }
    [GeneratedRegex(@"ios;fbsv/([\d.]+)", UaText.Js)] private static partial Regex IosFacebook { get; }
    [GeneratedRegex(@"cfnetwork/.+darwin", UaText.Js)] private static partial Regex IosNetwork { get; }
    [GeneratedRegex(@"(mac os x) ?([\w. ]*)", UaText.Js)] private static partial Regex MacOs { get; }
    [GeneratedRegex(@"(macintosh|mac_powerpc\b)(?!.+haiku)", UaText.Js)] private static partial Regex Macintosh { get; }
    [GeneratedRegex(@"droid ([\w.]+)\b.+(android[- ]x86|harmonyos)", UaText.Js)] private static partial Regex AndroidFork { get; }
    [GeneratedRegex(@"(android|webos|qnx|bada|rim tablet os|maemo|meego|sailfish)[-/ ]?([\w.]*)", UaText.Js)] private static partial Regex Android { get; }
    [GeneratedRegex(@"(blackberry)\w*/([\w.]*)", UaText.Js)] private static partial Regex BlackBerry { get; }
    [GeneratedRegex(@"(tizen|kaios)[/ ]([\w.]+)", UaText.Js)] private static partial Regex TizenKaiOs { get; }
    [GeneratedRegex(@"web0s;.+rt(tv)", UaText.Js)] private static partial Regex WebOsTv { get; }
    [GeneratedRegex(@"\b(?:hp)?wos(?:browser)?/([\w.]+)", UaText.Js)] private static partial Regex WebOs { get; }
    [GeneratedRegex(@"crkey/([\d.]+)", UaText.Js)] private static partial Regex Chromecast { get; }
    [GeneratedRegex(@"(cros) \w+(?:\)| ([\w.]+)\b)", UaText.Js)] private static partial Regex ChromeOs { get; }
    [GeneratedRegex(@"(nintendo|playstation) ([wids345portablevuch]+)", UaText.Js)] private static partial Regex NintendoPlayStation { get; }
    [GeneratedRegex(@"(xbox); +xbox ([^);]+)", UaText.Js)] private static partial Regex Xbox { get; }
    [GeneratedRegex(@"(mint)[/() ]?(\w*)", UaText.Js)] private static partial Regex Mint { get; }
    [GeneratedRegex(@"([kxln]?ubuntu|debian|suse|opensuse|gentoo|arch(?= linux)|slackware|fedora|mandriva|centos|pclinuxos|red ?hat|zenwalk|linpus|raspbian|plan 9|minix|risc os|contiki|deepin|manjaro|elementary os|sabayon|linspire)(?: gnu/linux)?(?: enterprise)?(?:[- ]linux)?(?:-gnu)?[-/ ]?(?!chrom|package)([-\w.]*)", UaText.Js)]
    private static partial Regex Distribution { get; }
    [GeneratedRegex(@"(hurd|linux) ?([\w.]*)", UaText.Js)] private static partial Regex Linux { get; }
    [GeneratedRegex(@"(gnu) ?([\w.]*)", UaText.Js)] private static partial Regex Gnu { get; }
    [GeneratedRegex(@"\b([-frentopcghs]{0,5}bsd|dragonfly)[/ ]?(?!amd|[ix346]{1,2}86)([\w.]*)", UaText.Js)] private static partial Regex Bsd { get; }
}
