using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Generator.Tests.Infrastructure;

namespace Nextfunc.Routing.Generator.Tests.Diagnostics;

/// <summary>Asserts the one diagnostic with an id: its severity, file, line and a hint on how to fix it.</summary>
internal static class DiagnosticAssert
{
    public static Diagnostic Single(GeneratorRun run, string id, DiagnosticSeverity severity, string relativePath, int line, params string[] fixHints)
    {
        var diagnostic = Assert.Single(run.DiagnosticsWithId(id));
        var span = diagnostic.Location.GetLineSpan();

        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(TestProject.PathOf(relativePath), span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        var message = diagnostic.GetMessage();
        // Roslyn falls back to the bare format when the arguments do not fit it.
        Assert.DoesNotMatch(@"\{\d+\}", message);
        foreach (var hint in fixHints)
            Assert.Contains(hint, message);
        // No link without a repository URL (HelpLinkTests); never a path that opens nowhere.
        Assert.True(diagnostic.Descriptor.HelpLinkUri.Length == 0 || diagnostic.Descriptor.HelpLinkUri.EndsWith($"/docs/diagnostics/{id}.md"));
        return diagnostic;
    }
}
