namespace Nextfunc.Routing.Generator.Model;

/// <summary>Everything the emitter needs, as values.</summary>
internal sealed record AppModel(
    string Namespace,
    bool EmitEntryPoint,
    EquatableArray<RouteModel> Routes,
    MiddlewareModel? Middleware,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The app's <c>next.config.cs</c>, when it has a valid one.</summary>
    public NextConfigModel? Config { get; init; }
}

/// <summary>A valid route file ready to emit, in precedence order, with its handlers' parameters resolved.</summary>
internal sealed record RouteModel(
    string RelativePath,
    string PatternText,
    string Kind,
    EquatableArray<SegmentModel> Segments,
    string FunctionBaseName,
    RouteClassModel Class,
    EquatableArray<HandlerModel> Handlers,
    EquatableArray<ConstraintModel> Constraints);

/// <summary>One URL segment: its <c>SegmentKind</c> name and value.</summary>
internal sealed record SegmentModel(string Kind, string Value);
