using Microsoft.CodeAnalysis;

namespace Nextfunc.Routing.Generator.Model;

/// <summary>A diagnostic to report, as values (no Roslyn symbols escape the parser).</summary>
internal sealed record DiagnosticInfo(string Id, SourceLocation Location, string Message)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Diagnostics.DiagnosticDescriptors.Get(Id), Location.ToLocation(), Message);
}
