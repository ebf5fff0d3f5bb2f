namespace Nextfunc.Architecture.Tests.TestLayers;

/// <summary>A class with tests, where it is declared, and the layers its <c>Category</c> traits name (one, if it is right).</summary>
internal sealed record TestClass(string Name, string File, IReadOnlyList<string> Layers);
