using System.Linq;
using Microsoft.CodeAnalysis;

namespace Nextfunc.Routing.Generator.Model;

/// <summary>
/// A diagnostic to report, as values (no Roslyn symbols escape the parser): its id, where, and the arguments of
/// its descriptor's message format. Strings compare by value, so a model holding diagnostics stays cacheable.
/// </summary>
internal sealed record DiagnosticInfo(string Id, SourceLocation Location, EquatableArray<string> Arguments)
{
    /// <summary>A diagnostic whose message is the descriptor's format filled with <paramref name="arguments"/>.</summary>
    public static DiagnosticInfo Create(string id, SourceLocation location, params string[] arguments) =>
        new(id, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Diagnostics.DiagnosticDescriptors.Get(Id), Location.ToLocation(), Arguments.Cast<object>().ToArray());
}
