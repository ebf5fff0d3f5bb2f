using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary>The regexes of <see cref="DeviceRules"/>, in table order; group 1 is the model unless the table says otherwise.</summary>
internal static partial class DeviceRules
{
    [GeneratedRegex(@"\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)", UaText.Js)] private static partial Regex SamsungTablet { get; }
    [GeneratedRegex(@"\b((?:s[cgp]h|gt|sm)-\w+|sc[g-]?\d+a?|galaxy nexus)", UaText.Js)] private static partial Regex SamsungPhone { get; }
    [GeneratedRegex(@"samsung[- ]([-\w]+)", UaText.Js)] private static partial Regex SamsungNamed { get; }
    [GeneratedRegex(@"sec-(sgh\w+)", UaText.Js)] private static partial Regex SamsungSec { get; }
    [GeneratedRegex(@"(?:/|\()(ip(?:hone|od)[\w, ]*)(?:/|;)", UaText.Js)] private static partial Regex IPhone { get; }
    [GeneratedRegex(@"\((ipad);[-\w),; ]+apple", UaText.Js)] private static partial Regex IPad { get; }
    [GeneratedRegex(@"applecoremedia/[\w.]+ \((ipad)", UaText.Js)] private static partial Regex IPadMedia { get; }
    [GeneratedRegex(@"\b(ipad)\d\d?,\d\d?[;\]].+ios", UaText.Js)] private static partial Regex IPadCode { get; }
    [GeneratedRegex(@"(macintosh);", UaText.Js)] private static partial Regex Macintosh { get; }
    [GeneratedRegex(@"\b(sh-?[altvz]?\d\d[a-ekm]?)", UaText.Js)] private static partial Regex Sharp { get; }
    [GeneratedRegex(@"\b((?:ag[rs][23]?|bah2?|sht?|btv)-a?[lw]\d{2})\b(?!.+d/s)", UaText.Js)] private static partial Regex HuaweiTablet { get; }
    [GeneratedRegex(@"(?:huawei|honor)([-\w ]+)[;)]", UaText.Js)] private static partial Regex HuaweiNamed { get; }
    [GeneratedRegex(@"\b(nexus 6p|\w{2,4}e?-[atu]?[ln][\dx][012359c][adn]?)\b(?!.+d/s)", UaText.Js)] private static partial Regex HuaweiCode { get; }
    [GeneratedRegex(@"\b(poco[\w ]+)(?: bui|\))", UaText.Js)] private static partial Regex Poco { get; }
    [GeneratedRegex(@"\b; (\w+) build/hm\1", UaText.Js)] private static partial Regex XiaomiBuild { get; }
    [GeneratedRegex(@"\b(hm[-_ ]?note?[_ ]?(?:\d\w)?) bui", UaText.Js)] private static partial Regex HongMi { get; }
    [GeneratedRegex(@"\b(redmi[-_ ]?(?:note|k)?[\w_ ]+)(?: bui|\))", UaText.Js)] private static partial Regex Redmi { get; }
    [GeneratedRegex(@"\b(mi[-_ ]?(?:a\d|one|one[_ ]plus|note lte|max|cc)?[_ ]?(?:\d?\w?)[_ ]?(?:plus|se|lite)?)(?: bui|\))", UaText.Js)] private static partial Regex Mi { get; }
    [GeneratedRegex(@"\b(mi[-_ ]?(?:pad)(?:[\w_ ]+))(?: bui|\))", UaText.Js)] private static partial Regex MiPad { get; }
    [GeneratedRegex(@"; (\w+) bui.+ oppo", UaText.Js)] private static partial Regex OppoBuild { get; }
    [GeneratedRegex(@"\b(cph[12]\d{3}|p(?:af|c[al]|d\w|e[ar])[mt]\d0|x9007|a101op)\b", UaText.Js)] private static partial Regex OppoCode { get; }
    [GeneratedRegex(@"vivo (\w+)(?: bui|\))", UaText.Js)] private static partial Regex VivoNamed { get; }
    [GeneratedRegex(@"\b(v[12]\d{3}\w?[at])(?: bui|;)", UaText.Js)] private static partial Regex VivoCode { get; }
    [GeneratedRegex(@"\b(rmx[12]\d{3})(?: bui|;|\))", UaText.Js)] private static partial Regex Realme { get; }
    [GeneratedRegex(@"\b(milestone|droid(?:[2-4x]| (?:bionic|x2|pro|razr))?:?( 4g)?)\b[\w ]+build/", UaText.Js)] private static partial Regex MotorolaDroid { get; }
    [GeneratedRegex(@"\bmot(?:orola)?[- ](\w*)", UaText.Js)] private static partial Regex MotorolaNamed { get; }
    [GeneratedRegex(@"((?:moto[\w() ]+|xt\d{3,4}|nexus 6)(?= bui|\)))", UaText.Js)] private static partial Regex Moto { get; }
    [GeneratedRegex(@"\b(mz60\d|xoom[2 ]{0,2}) build/", UaText.Js)] private static partial Regex MotorolaTablet { get; }
    [GeneratedRegex(@"([vl]k-?\d{3}) bui| 3\.[-\w; ]{10}lg?-([06cv9]{3,4})", UaText.Js)] private static partial Regex LgTablet { get; }
    [GeneratedRegex(@"(lm(?:-?f100[nv]?|-[\w.]+)(?= bui|\))|nexus [45])", UaText.Js)] private static partial Regex LgCode { get; }
    [GeneratedRegex(@"\blg[-e;/ ]+((?!browser|netcast|android tv)\w+)", UaText.Js)] private static partial Regex LgNamed { get; }
    [GeneratedRegex(@"\blg-?([\d\w]+) bui", UaText.Js)] private static partial Regex LgBuild { get; }
    [GeneratedRegex(@"(ideatab[-\w ]+)", UaText.Js)] private static partial Regex LenovoIdeaTab { get; }
    [GeneratedRegex(@"lenovo ?(s[56]000[-\w]+|tab(?:[\w ]+)|yt[-\d\w]{6}|tb[-\d\w]{6})", UaText.Js)] private static partial Regex LenovoTablet { get; }
    [GeneratedRegex(@"(?:maemo|nokia).*(n900|lumia \d+)", UaText.Js)] private static partial Regex NokiaLumia { get; }
    [GeneratedRegex(@"nokia[-_ ]?([-\w.]*)", UaText.Js)] private static partial Regex Nokia { get; }
    [GeneratedRegex(@"(pixel c)\b", UaText.Js)] private static partial Regex PixelC { get; }
    [GeneratedRegex(@"droid.+; (pixel[\daxl ]{0,6})(?: bui|\))", UaText.Js)] private static partial Regex Pixel { get; }
    [GeneratedRegex(@"droid.+ (a?\d[0-2]{2}so|[c-g]\d{4}|so[-gl]\w+|xq-a\w[4-7][12])(?= bui|\).+chrome/(?![1-6]{0,1}\d\.))", UaText.Js)] private static partial Regex Sony { get; }
    [GeneratedRegex(@"sony tablet [ps]", UaText.Js)] private static partial Regex SonyTablet { get; }
    [GeneratedRegex(@"\b(?:sony)?sgp\w+(?: bui|\))", UaText.Js)] private static partial Regex SonyTabletCode { get; }
    [GeneratedRegex(@" (kb2005|in20[12]5|be20[12][59])\b", UaText.Js)] private static partial Regex OnePlusCode { get; }
    [GeneratedRegex(@"(?:one)?(?:plus)? (a\d0\d\d)(?: b|\))", UaText.Js)] private static partial Regex OnePlus { get; }
    [GeneratedRegex(@"(alexa)webm", UaText.Js)] private static partial Regex AlexaShow { get; }
    [GeneratedRegex(@"(kf[a-z]{2}wi|aeo[c-r]{2})( bui|\))", UaText.Js)] private static partial Regex Kindle { get; }
    [GeneratedRegex(@"(kf[a-z]+)( bui|\)).+silk/", UaText.Js)] private static partial Regex KindleSilk { get; }
    [GeneratedRegex(@"(?:\b|asus_)(transfo[prime ]{4,10} \w+|eeepc|slider \w+|nexus 7|padfone|p00[cj])", UaText.Js)] private static partial Regex AsusTablet { get; }
    [GeneratedRegex(@" (z[bes]6[027][012][km][ls]|zenfone \d\w?)\b", UaText.Js)] private static partial Regex AsusPhone { get; }
    [GeneratedRegex(@"(nexus 9)", UaText.Js)] private static partial Regex Nexus9 { get; }
    [GeneratedRegex(@"(htc)[-;_ ]{1,2}([\w ]+(?=\)| bui)|\w+)", UaText.Js)] private static partial Regex Htc { get; }
    [GeneratedRegex(@"(zte)[- ]([\w ]+?)(?: bui|/|\))", UaText.Js)] private static partial Regex Zte { get; }
    [GeneratedRegex(@"(alcatel|geeksphone|nexian|panasonic(?!(?:;|\.))|sony(?!-bra))[-_ ]?([-\w]*)", UaText.Js)] private static partial Regex AlcatelSony { get; }
    [GeneratedRegex(@"(blackberry|benq|palm(?=-)|sonyericsson|acer|asus|dell|meizu|motorola|polytron)[-_ ]?([-\w]*)", UaText.Js)] private static partial Regex NamedMaker { get; }
    [GeneratedRegex(@"(hp) ([\w ]+\w)", UaText.Js)] private static partial Regex Hp { get; }
    [GeneratedRegex(@"(asus)-?(\w+)", UaText.Js)] private static partial Regex Asus { get; }
    [GeneratedRegex(@"(microsoft); (lumia[\w ]+)", UaText.Js)] private static partial Regex Lumia { get; }
    [GeneratedRegex(@"(lenovo)[-_ ]?([-\w]+)", UaText.Js)] private static partial Regex Lenovo { get; }
    [GeneratedRegex(@"(jolla)", UaText.Js)] private static partial Regex Jolla { get; }
    [GeneratedRegex(@"(oppo) ?([\w ]+) bui", UaText.Js)] private static partial Regex OppoNamed { get; }
    [GeneratedRegex(@"smart-tv.+(samsung)", UaText.Js)] private static partial Regex SamsungTv { get; }
    [GeneratedRegex(@"hbbtv.+maple;(\d+)", UaText.Js)] private static partial Regex SamsungHbbTv { get; }
    [GeneratedRegex(@"(nux; netcast.+smarttv|lg (netcast\.tv-201\d|android tv))", UaText.Js)] private static partial Regex LgTv { get; }
    [GeneratedRegex(@"(apple) ?tv", UaText.Js)] private static partial Regex AppleTv { get; }
    [GeneratedRegex(@"crkey", UaText.Js)] private static partial Regex Chromecast { get; }
    [GeneratedRegex(@"droid.+aft(\w)( bui|\))", UaText.Js)] private static partial Regex FireTv { get; }
    [GeneratedRegex(@"\b(android tv|smart[- ]?tv|opera tv|tv; rv:)\b", UaText.Js)] private static partial Regex AnyTv { get; }
    [GeneratedRegex(@"(nintendo) ([wids3utch]+)", UaText.Js)] private static partial Regex Nintendo { get; }
    [GeneratedRegex(@"(playstation [345portablevi]+)", UaText.Js)] private static partial Regex PlayStation { get; }
    [GeneratedRegex(@"\b(xbox(?: one)?(?!; xbox))[); ]", UaText.Js)] private static partial Regex Xbox { get; }
    [GeneratedRegex(@"(watch)(?: ?os[,/]|\d,\d/)[\d.]+", UaText.Js)] private static partial Regex AppleWatch { get; }
    [GeneratedRegex(@"(quest( 2| pro)?)", UaText.Js)] private static partial Regex Quest { get; }
    [GeneratedRegex(@"droid .+?; ([^;]+?)(?: bui|\) applew).+? mobile safari", UaText.Js)] private static partial Regex AndroidMobile { get; }
    [GeneratedRegex(@"droid .+?; ([^;]+?)(?: bui|\) applew).+?(?! mobile) safari", UaText.Js)] private static partial Regex AndroidTablet { get; }
    [GeneratedRegex(@"\b((tablet|tab)[;/]|focus/\d(?!.+mobile))", UaText.Js)] private static partial Regex AnyTablet { get; }
    [GeneratedRegex(@"(phone|mobile(?:[;/]| [ \w/.]*safari)|pda(?=.+windows ce))", UaText.Js)] private static partial Regex AnyMobile { get; }
    [GeneratedRegex(@"(android[-\w. ]{0,9});.+buil", UaText.Js)] private static partial Regex AndroidGeneric { get; }
}
