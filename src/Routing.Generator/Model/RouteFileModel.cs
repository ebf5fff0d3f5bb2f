namespace Nextfunc.Routing.Generator.Model;

/// <summary>One route file: its path, a checksum of its text (for the build id) and its class, if usable.</summary>
internal sealed record RouteFileModel(
    string FilePath,
    string Checksum,
    RouteClassModel? Class,
    EquatableArray<DiagnosticInfo> Diagnostics);
