using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>browser</c>: the ua-parser-js 1.0 rules for the families real traffic has, in its order (Chrome on iOS and Edge
/// before Opera, the in-app browsers before Chrome, Chrome before Safari, Safari before the WebKit and Firefox
/// fallbacks), since a UA names several browsers and the first rule that matches decides.
/// </summary>
internal static partial class BrowserRules
{
    public static UserAgentBrowser Parse(string ua) => UaRule<UserAgentBrowser>.First(Rules, ua, new UserAgentBrowser());

    private static readonly UaRule<UserAgentBrowser>[] Rules =
    [
        new(ChromeIos, m => Named("Chrome", m.At(1))),
        new(Edge, m => Named("Edge", m.At(1))),
        new(OperaMini, NameThenVersion),
        new(OperaMobile, NameThenVersion),
        new(OperaPresto, NameThenVersion),
        new(OperaMiniIos, m => Named("Opera Mini", m.At(1))),
        new(OperaBlink, m => Named("Opera", m.At(1))),
        new(MsIe, NameThenVersion),
        new(OtherChromium, NameThenVersion),
        new(UcBrowser, m => Named("UCBrowser", m.At(1))),
        new(WeChat, m => Named("WeChat", m.At(1))),
        new(Ie11, m => Named("IE", m.At(1))),
        new(Yandex, m => Named("Yandex", m.At(1))),
        new(FirefoxFocus, m => Named("Firefox Focus", m.At(1))),
        new(OperaTouch, m => Named("Opera Touch", m.At(1))),
        new(MiuiBrowser, m => Named("MIUI Browser", m.At(1))),
        new(FirefoxIos, m => Named("Firefox", m.At(1))),
        new(VendorBrowser, m => Named(m.At(1) + " Browser", m.At(2))),       // SamsungBrowser/26.0 → Samsung Browser
        new(LinkedIn, m => Named(m.At(1), null)),
        new(Facebook, m => Named("Facebook", m.At(2))),
        new(LineSafari, NameThenVersion),
        new(LineInApp, NameThenVersion),
        new(ChromiumOrInstagram, NameThenVersion),
        new(GoogleApp, m => Named("GSA", m.At(1))),
        new(TikTok, m => Named("TikTok", m.At(1))),
        new(HeadlessChrome, m => Named("Chrome Headless", m.At(1))),
        new(ChromeWebView, m => Named("Chrome WebView", m.At(2))),
        new(AndroidBrowser, m => Named("Android Browser", m.At(1))),
        new(Chrome, NameThenVersion),
        new(MobileSafari, m => Named("Mobile Safari", m.At(1))),
        new(Safari, m => Named(m.At(2), m.At(1))),
        new(SafariBuild, m => Named(m.At(1), UaText.MapVersion(m.At(2), SafariBuilds))),
        new(WebKit, NameThenVersion),
        new(Firefox, NameThenVersion),
        new(Mozilla, NameThenVersion),
    ];

    // Safari 1 and 2 wrote no Version/, only their build (Safari/412); a modern build maps to no version at all.
    private static readonly (string? Key, string Value)[] SafariBuilds =
    [
        ("1.0", "/8"), ("1.2", "/1"), ("1.3", "/3"), ("2.0", "/412"), ("2.0.2", "/416"), ("2.0.3", "/417"), ("2.0.4", "/419"), (null, "/"),
    ];

    private static UserAgentBrowser Named(string? name, string? version) =>
        new() { Name = name, Version = version, Major = UaText.Major(version) };

    // The name as the UA spells it (group 1), the version (group 2).
    private static UserAgentBrowser NameThenVersion(Match m) => Named(m.At(1), m.At(2));

    [GeneratedRegex(@"\b(?:crmo|crios)/([\w.]+)", UaText.Js)] private static partial Regex ChromeIos { get; }
    [GeneratedRegex(@"edg(?:e|ios|a)?/([\w.]+)", UaText.Js)] private static partial Regex Edge { get; }
    [GeneratedRegex(@"(opera mini)/([-\w.]+)", UaText.Js)] private static partial Regex OperaMini { get; }
    [GeneratedRegex(@"(opera [mobiletab]{3,6})\b.+version/([-\w.]+)", UaText.Js)] private static partial Regex OperaMobile { get; }
    [GeneratedRegex(@"(opera)(?:.+version/|[/ ]+)([\w.]+)", UaText.Js)] private static partial Regex OperaPresto { get; }
    [GeneratedRegex(@"opios[/ ]+([\w.]+)", UaText.Js)] private static partial Regex OperaMiniIos { get; }
    [GeneratedRegex(@"\bopr/([\w.]+)", UaText.Js)] private static partial Regex OperaBlink { get; }
    [GeneratedRegex(@"(?:ms|\()(ie) ([\w.]+)", UaText.Js)] private static partial Regex MsIe { get; }
    [GeneratedRegex(@"(silk|vivaldi|phantomjs|puffin|brave|whale(?!.+naver)|duckduckgo)/([-\w.]+)", UaText.Js)] private static partial Regex OtherChromium { get; }
    [GeneratedRegex(@"(?:\buc? ?browser|(?:juc.+)ucweb)[/ ]?([\w.]+)", UaText.Js)] private static partial Regex UcBrowser { get; }
    [GeneratedRegex(@"micromessenger/([\w.]+)", UaText.Js)] private static partial Regex WeChat { get; }
    [GeneratedRegex(@"trident.+rv[: ]([\w.]{1,9})\b.+like gecko", UaText.Js)] private static partial Regex Ie11 { get; }
    [GeneratedRegex(@"ya(?:search)?browser/([\w.]+)", UaText.Js)] private static partial Regex Yandex { get; }
    [GeneratedRegex(@"\bfocus/([\w.]+)", UaText.Js)] private static partial Regex FirefoxFocus { get; }
    [GeneratedRegex(@"\bopt/([\w.]+)", UaText.Js)] private static partial Regex OperaTouch { get; }
    [GeneratedRegex(@"miuibrowser/([\w.]+)", UaText.Js)] private static partial Regex MiuiBrowser { get; }
    [GeneratedRegex(@"fxios/([-\w.]+)", UaText.Js)] private static partial Regex FirefoxIos { get; }
    [GeneratedRegex(@"(oculus|samsung|sailfish|huawei)browser/([\w.]+)", UaText.Js)] private static partial Regex VendorBrowser { get; }
    [GeneratedRegex(@"\[(linkedin)app\]", UaText.Js)] private static partial Regex LinkedIn { get; }
    [GeneratedRegex(@"((?:fban/fbios|fb_iab/fb4a)(?!.+fbav)|;fbav/([\w.]+);)", UaText.Js)] private static partial Regex Facebook { get; }
    [GeneratedRegex(@"safari (line)/([\w.]+)", UaText.Js)] private static partial Regex LineSafari { get; }
    [GeneratedRegex(@"\b(line)/([\w.]+)/iab", UaText.Js)] private static partial Regex LineInApp { get; }
    [GeneratedRegex(@"(chromium|instagram)[/ ]([-\w.]+)", UaText.Js)] private static partial Regex ChromiumOrInstagram { get; }
    [GeneratedRegex(@"\bgsa/([\w.]+) .*safari/", UaText.Js)] private static partial Regex GoogleApp { get; }
    [GeneratedRegex(@"musical_ly(?:.+app_?version/|_)([\w.]+)", UaText.Js)] private static partial Regex TikTok { get; }
    [GeneratedRegex(@"headlesschrome(?:/([\w.]+)| )", UaText.Js)] private static partial Regex HeadlessChrome { get; }
    [GeneratedRegex(@" wv\).+(chrome)/([\w.]+)", UaText.Js)] private static partial Regex ChromeWebView { get; }
    [GeneratedRegex(@"droid.+ version/([\w.]+)\b.+(?:mobile safari|safari)", UaText.Js)] private static partial Regex AndroidBrowser { get; }
    [GeneratedRegex(@"(chrome|omniweb|arora|[tizenoka]{5} ?browser)/v?([\w.]+)", UaText.Js)] private static partial Regex Chrome { get; }
    [GeneratedRegex(@"version/([\w.,]+) .*mobile/\w+ (safari)", UaText.Js)] private static partial Regex MobileSafari { get; }
    [GeneratedRegex(@"version/([\w(.|,)]+) .*(mobile ?safari|safari)", UaText.Js)] private static partial Regex Safari { get; }
    [GeneratedRegex(@"webkit.+?(mobile ?safari|safari)(/[\w.]+)", UaText.Js)] private static partial Regex SafariBuild { get; }
    [GeneratedRegex(@"(webkit|khtml)/([\w.]+)", UaText.Js)] private static partial Regex WebKit { get; }
    [GeneratedRegex(@"(firefox)/([\w.]+)", UaText.Js)] private static partial Regex Firefox { get; }
    [GeneratedRegex(@"(mozilla)/([\w.]+) .+rv:.+gecko/\d+", UaText.Js)] private static partial Regex Mozilla { get; }
}
