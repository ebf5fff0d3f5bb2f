using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary><c>engine</c>: EdgeHTML, Blink (WebKit 537.36 with Chrome), then the engine a UA names, then Gecko by its <c>rv:</c>.</summary>
internal static partial class EngineRules
{
    public static UserAgentEngine Parse(string ua) => UaRule<UserAgentEngine>.First(Rules, ua, new UserAgentEngine());

    private static readonly UaRule<UserAgentEngine>[] Rules =
    [
        new(EdgeHtml, m => Named("EdgeHTML", m.At(1))),
        new(Blink, m => Named("Blink", m.At(1))),
        new(Presto, NameThenVersion),
        new(NamedEngine, NameThenVersion),
        new(Khtml, NameThenVersion),
        new(Gecko, m => Named(m.At(2), m.At(1))),
    ];

    private static UserAgentEngine Named(string? name, string? version) => new() { Name = name, Version = version };

    private static UserAgentEngine NameThenVersion(Match m) => Named(m.At(1), m.At(2));

    [GeneratedRegex(@"windows.+ edge/([\w.]+)", UaText.Js)] private static partial Regex EdgeHtml { get; }
    [GeneratedRegex(@"webkit/537\.36.+chrome/(?!27)([\w.]+)", UaText.Js)] private static partial Regex Blink { get; }
    [GeneratedRegex(@"(presto)/([\w.]+)", UaText.Js)] private static partial Regex Presto { get; }
    [GeneratedRegex(@"(webkit|trident|netfront|netsurf|amaya|lynx|w3m|goanna)/([\w.]+)", UaText.Js)] private static partial Regex NamedEngine { get; }
    [GeneratedRegex(@"(khtml|tasman|links)[/ ]\(?([\w.]+)", UaText.Js)] private static partial Regex Khtml { get; }
    [GeneratedRegex(@"rv:([\w.]{1,9})\b.+(gecko)", UaText.Js)] private static partial Regex Gecko { get; }
}
