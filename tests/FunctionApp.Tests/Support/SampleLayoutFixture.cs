using Nextfunc.FunctionApp;

namespace Nextfunc.FunctionApp.Tests.Support;

/// <summary>Writes the sample app's Function App folder once per test class, into a temp folder removed afterwards.</summary>
public sealed class SampleLayoutFixture : IDisposable
{
    /// <summary>Writes the layout.</summary>
    public SampleLayoutFixture()
    {
        Root = Directory.CreateTempSubdirectory("sls-layout-").FullName;
        Layout = FunctionAppLayoutWriter.Write(SampleApp.GeneratedFunctions.Manifest, TestPaths.SampleAppOutput, "SampleApp", Path.Combine(Root, "functions"));
    }

    /// <summary>The temp folder holding the layout.</summary>
    public string Root { get; }

    /// <summary>What the writer produced.</summary>
    internal FunctionAppLayout Layout { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } // best effort: a child may still hold a file
    }
}
