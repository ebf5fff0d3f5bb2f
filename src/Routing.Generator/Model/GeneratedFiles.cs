namespace Nextfunc.Routing.Generator.Model;

/// <summary>
/// The text of the generated files. Compared as strings: when an edit changes the models but not the code (a moved
/// location, a new diagnostic), the step that adds the sources stays cached and the compilation keeps its trees.
/// </summary>
internal sealed record GeneratedFiles(string Functions, string OpenApi);
