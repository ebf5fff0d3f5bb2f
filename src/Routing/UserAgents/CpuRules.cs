using System.Text.RegularExpressions;

namespace Nextfunc.Routing.UserAgents;

/// <summary>
/// <c>cpu</c>: the architecture a UA states. <c>x86_64</c>, <c>Win64</c>, <c>WOW64</c> and <c>x64</c> count only
/// before <c>;</c> or <c>)</c> (ChromeOS's <c>CrOS x86_64 14541.0.0</c> states none), as in ua-parser-js.
/// </summary>
internal static partial class CpuRules
{
    public static UserAgentCpu Parse(string ua) => UaRule<UserAgentCpu>.First(Rules, ua, new UserAgentCpu());

    private static readonly UaRule<UserAgentCpu>[] Rules =
    [
        new(Amd64, _ => Arch("amd64")),
        new(Ia32Named, m => Arch(m.At(1)?.ToLowerInvariant())),
        new(Ia32, _ => Arch("ia32")),
        new(Arm64, _ => Arch("arm64")),
        new(ArmHf, _ => Arch("armhf")),
        new(WindowsCeArm, _ => Arch("arm")),
        new(PowerPc, m => Arch(m.At(1)?.Replace("ower", "", StringComparison.Ordinal).ToLowerInvariant())),  // PowerPC → ppc
        new(Sparc, _ => Arch("sparc")),
        new(Other, m => Arch(m.At(1)?.ToLowerInvariant())),
    ];

    private static UserAgentCpu Arch(string? architecture) => new() { Architecture = architecture };

    [GeneratedRegex(@"(?:(amd|x(?:(?:86|64)[-_])?|wow|win)64)[;)]", UaText.Js)] private static partial Regex Amd64 { get; }
    [GeneratedRegex(@"(ia32(?=;))", UaText.Js)] private static partial Regex Ia32Named { get; }
    [GeneratedRegex(@"((?:i[346]|x)86)[;)]", UaText.Js)] private static partial Regex Ia32 { get; }
    [GeneratedRegex(@"\b(aarch64|arm(v?8e?l?|_?64))\b", UaText.Js)] private static partial Regex Arm64 { get; }
    [GeneratedRegex(@"\b(arm(?:v[67])?ht?n?[fl]p?)\b", UaText.Js)] private static partial Regex ArmHf { get; }
    [GeneratedRegex(@"windows (ce|mobile); ppc;", UaText.Js)] private static partial Regex WindowsCeArm { get; }
    [GeneratedRegex(@"((?:ppc|powerpc)(?:64)?)(?: mac|;|\))", UaText.Js)] private static partial Regex PowerPc { get; }
    [GeneratedRegex(@"(sun4\w)[;)]", UaText.Js)] private static partial Regex Sparc { get; }
    [GeneratedRegex(@"((?:avr32|ia64(?=;))|68k(?=\))|\barm(?=v(?:[1-7]|[5-7]1)l?|;|eabi)|(?:irix|mips|sparc)(?:64)?\b|pa-risc)", UaText.Js)] private static partial Regex Other { get; }
}
