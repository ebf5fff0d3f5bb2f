using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>device</c>: makers known by their model codes (Samsung's <c>SM-</c>, Apple's iPhone/iPad/Macintosh, Google's
/// Pixel, Huawei, Xiaomi, OPPO, Vivo, Realme, Motorola, LG, Lenovo, Nokia, Sony, OnePlus, Amazon, ASUS), makers a UA
/// names (<c>Lenovo L10041</c>), a few TVs, consoles and headsets, then ua-parser-js's generic Android fallback: the
/// model is whatever stands before <c>Build/</c> or <c>) AppleWebKit</c>, mobile with <c>Mobile Safari</c> and tablet
/// without. Desktops get nothing. The regexes are in DeviceRules.Patterns.cs.
/// </summary>
internal static partial class DeviceRules
{
    private const string Mobile = "mobile", Tablet = "tablet", SmartTv = "smarttv", Console = "console", Wearable = "wearable";

    public static UserAgentDevice Parse(string ua) => UaRule<UserAgentDevice>.First(Rules, ua, new UserAgentDevice());

    private static readonly UaRule<UserAgentDevice>[] Rules =
    [
        new(SamsungTablet, Model("Samsung", Tablet)),
        new(SamsungPhone, Model("Samsung", Mobile)),
        new(SamsungNamed, Model("Samsung", Mobile)),
        new(SamsungSec, Model("Samsung", Mobile)),
        new(IPhone, Model("Apple", Mobile)),
        new(IPad, Model("Apple", Tablet)),
        new(IPadMedia, Model("Apple", Tablet)),
        new(IPadCode, Model("Apple", Tablet)),
        new(Macintosh, Model("Apple", null)),
        new(Sharp, Model("Sharp", Mobile)),
        new(HuaweiTablet, Model("Huawei", Tablet)),
        new(HuaweiNamed, Model("Huawei", Mobile)),
        new(HuaweiCode, Model("Huawei", Mobile)),
        new(Poco, SpacedModel("Xiaomi", Mobile)),
        new(XiaomiBuild, SpacedModel("Xiaomi", Mobile)),
        new(HongMi, SpacedModel("Xiaomi", Mobile)),
        new(Redmi, SpacedModel("Xiaomi", Mobile)),
        new(Mi, SpacedModel("Xiaomi", Mobile)),
        new(MiPad, SpacedModel("Xiaomi", Tablet)),
        new(OppoBuild, Model("OPPO", Mobile)),
        new(OppoCode, Model("OPPO", Mobile)),
        new(VivoNamed, Model("Vivo", Mobile)),
        new(VivoCode, Model("Vivo", Mobile)),
        new(Realme, Model("Realme", Mobile)),
        new(MotorolaDroid, Model("Motorola", Mobile)),
        new(MotorolaNamed, Model("Motorola", Mobile)),
        new(Moto, Model("Motorola", Mobile)),
        new(MotorolaTablet, Model("Motorola", Tablet)),
        new(LgTablet, Model("LG", Tablet)),
        new(LgCode, Model("LG", Mobile)),
        new(LgNamed, Model("LG", Mobile)),
        new(LgBuild, Model("LG", Mobile)),
        new(LenovoIdeaTab, Model("Lenovo", Tablet)),
        new(LenovoTablet, Model("Lenovo", Tablet)),
        new(NokiaLumia, SpacedModel("Nokia", Mobile)),
        new(Nokia, SpacedModel("Nokia", Mobile)),
        new(PixelC, Model("Google", Tablet)),
        new(Pixel, Model("Google", Mobile)),
        new(Sony, Model("Sony", Mobile)),
        new(SonyTablet, _ => Device("Sony", "Xperia Tablet", Tablet)),
        new(SonyTabletCode, _ => Device("Sony", "Xperia Tablet", Tablet)),
        new(OnePlusCode, Model("OnePlus", Mobile)),
        new(OnePlus, Model("OnePlus", Mobile)),
        new(AlexaShow, Model("Amazon", Tablet)),
        new(Kindle, Model("Amazon", Tablet)),
        new(KindleSilk, Model("Amazon", Tablet)),
        new(AsusTablet, Model("ASUS", Tablet)),
        new(AsusPhone, Model("ASUS", Mobile)),
        new(Nexus9, Model("HTC", Tablet)),
        new(Htc, VendorThenModel(Mobile, spaced: true)),
        new(Zte, VendorThenModel(Mobile, spaced: true)),
        new(AlcatelSony, VendorThenModel(Mobile, spaced: true)),
        new(NamedMaker, VendorThenModel(Mobile)),                           // Lenovo L10041, ASUS_I002D, ...
        new(Hp, VendorThenModel(Mobile)),
        new(Asus, VendorThenModel(Mobile)),
        new(Lumia, VendorThenModel(Mobile)),
        new(Lenovo, VendorThenModel(Mobile)),
        new(Jolla, VendorThenModel(Mobile)),
        new(OppoNamed, VendorThenModel(Mobile)),
        new(SamsungTv, m => Device(m.At(1), null, SmartTv)),
        new(SamsungHbbTv, m => Device("Samsung", "SmartTV" + m.At(1), SmartTv)),
        new(LgTv, _ => Device("LG", null, SmartTv)),
        new(AppleTv, m => Device(m.At(1), "Apple TV", SmartTv)),
        new(Chromecast, _ => Device("Google", "Chromecast", SmartTv)),
        new(FireTv, Model("Amazon", SmartTv)),
        new(AnyTv, _ => Device(null, null, SmartTv)),
        new(Nintendo, m => Device(m.At(1), m.At(2), Console)),
        new(PlayStation, Model("Sony", Console)),
        new(Xbox, Model("Microsoft", Console)),
        new(AppleWatch, Model("Apple", Wearable)),
        new(Quest, Model("Facebook", Wearable)),                              // also "python-requests"
        new(AndroidMobile, Model(null, Mobile)),
        new(AndroidTablet, Model(null, Tablet)),
        new(AnyTablet, _ => Device(null, null, Tablet)),
        new(AnyMobile, _ => Device(null, null, Mobile)),
        new(AndroidGeneric, Model("Generic", null)),
    ];

    private static UserAgentDevice Device(string? vendor, string? model, string? type) =>
        new() { Vendor = vendor, Model = model, Type = type };

    // The model is group 1, as the UA writes it.
    private static Func<Match, UserAgentDevice> Model(string? vendor, string? type) => m => Device(vendor, m.At(1), type);

    // The maker as the UA writes it (group 1), the model (group 2).
    private static Func<Match, UserAgentDevice> VendorThenModel(string type, bool spaced = false) =>
        m => Device(m.At(1), spaced ? m.At(2, '_', ' ') : m.At(2), type);

    // The model is group 1 with underscores made spaces (Redmi_Note_8 → Redmi Note 8).
    private static Func<Match, UserAgentDevice> SpacedModel(string vendor, string type) => m => Device(vendor, m.At(1, '_', ' '), type);
}
