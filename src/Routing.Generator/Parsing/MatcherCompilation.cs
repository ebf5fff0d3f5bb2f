using System.Collections.Generic;
using Serverless.Routing.Generator.Model;

namespace Serverless.Routing.Generator.Parsing;

/// <summary>Validates one matcher entry and compiles it to the regex the host runs, with the shared pattern code.</summary>
internal static class MatcherCompilation
{
    public static bool TryCompile(string source, List<ConditionModel> has, List<ConditionModel> missing, out MatcherModel? compiled, out string? error)
    {
        compiled = null;
        error = "matcher compilation is not wired yet";
        return false;
    }
}
