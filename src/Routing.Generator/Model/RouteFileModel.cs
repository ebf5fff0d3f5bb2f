namespace Nextfunc.Routing.Generator.Model;

/// <summary>
/// One route file: its path and its class, if usable. Nothing here changes when only a method body does (the text's
/// checksum, for the build id, is a step of its own), so such an edit leaves the model equal and the app model cached.
/// </summary>
internal sealed record RouteFileModel(
    string FilePath,
    RouteClassModel? Class,
    EquatableArray<DiagnosticInfo> Diagnostics);
