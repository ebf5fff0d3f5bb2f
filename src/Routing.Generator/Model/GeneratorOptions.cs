namespace Nextfunc.Routing.Generator.Model;

/// <summary>The MSBuild properties the generator reads (made visible by <c>build/Nextfunc.props</c>, which <c>Nextfunc.App.props</c> imports).</summary>
/// <param name="ProjectDirectory">The app project's folder, with a trailing <c>/</c>.</param>
/// <param name="RootNamespace">Where the generated <c>GeneratedFunctions</c> class goes.</param>
/// <param name="EmitEntryPoint">True when the app has no Main of its own and references the host.</param>
internal sealed record GeneratorOptions(string ProjectDirectory, string RootNamespace, bool EmitEntryPoint);
