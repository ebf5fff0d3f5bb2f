namespace Nextfunc.Routing.Generator.Model;

/// <summary>One <c>middleware.cs</c> as read: the model to emit (when valid) and its problems.</summary>
internal sealed record MiddlewareFileModel(string FilePath, MiddlewareModel? Middleware, EquatableArray<DiagnosticInfo> Diagnostics);
