namespace Nextfunc.Routing.Generator.Model;

/// <summary>What the parser found in one route file: its class, verbs, segment config and problems; for OpenAPI its doc summary and the schemas its verbs use.</summary>
internal sealed record RouteClassModel(
    string FilePath,
    string ClassName,
    SourceLocation Location,
    EquatableArray<HandlerModel> Handlers,
    string Dynamic,
    int? Revalidate,
    bool DynamicParams,
    string AuthLevel,
    int? MaxDuration,
    bool HasGenerateStaticParams,
    bool GenerateStaticParamsIsAsync,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string? Summary,
    EquatableArray<SchemaComponentModel> Schemas);
