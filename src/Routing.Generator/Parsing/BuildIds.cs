using System;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nextfunc.Routing.Generator.Parsing;

/// <summary>
/// The build id cached responses are stored under: the explicit <c>NextfuncBuildId</c>, or a hash of the text of every
/// route and middleware file, so an edit to any handler, even inside a method body, starts a new cache generation.
/// A step of its own, apart from the route models, which such an edit leaves unchanged.
/// </summary>
internal static class BuildIds
{
    /// <summary>The route or middleware files whose text goes into the hash.</summary>
    public static bool IsHashed(string path) => RouteFileReader.IsCandidate(path) || MiddlewareFileReader.IsCandidate(path);

    /// <summary>The checksum of one file's text, as hex (Roslyn computes it once per text).</summary>
    public static string Checksum(CompilationUnitSyntax unit) =>
        string.Concat(unit.SyntaxTree.GetText().GetChecksum().Select(b => b.ToString("x2")));

    public static string Compute(string explicitId, ImmutableArray<string> checksums)
    {
        if (explicitId.Length > 0) return explicitId;
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes("|" + string.Join("|", checksums.OrderBy(c => c, StringComparer.Ordinal))));
        return string.Concat(bytes.Take(8).Select(b => b.ToString("x2")));
    }
}
