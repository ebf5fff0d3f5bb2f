using Nextfunc.FunctionApp;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>What of the app folder goes into the Function App folder.</summary>
[Trait("Category", "Functional")]
public sealed class LayoutCopyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sls-layout-copy-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void AppFilesAreCopied_ButNotTheLocalFileCacheNorTheWorkerSdkFiles()
    {
        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        File.WriteAllText(Path.Combine(app, "App.dll"), "");
        File.WriteAllText(Path.Combine(app, "App.runtimeconfig.json"), """{"runtimeOptions":{"tfm":"net10.0","framework":{"name":"Microsoft.NETCore.App","version":"10.0.0"}}}""");
        Directory.CreateDirectory(Path.Combine(app, "public"));
        File.WriteAllText(Path.Combine(app, "public", "hello.txt"), "hi");
        Directory.CreateDirectory(Path.Combine(app, ".nextfunc", "cache"));
        File.WriteAllText(Path.Combine(app, ".nextfunc", "cache", "entry"), "stale bytes of a local run");
        foreach (var workerFile in new[] { "functions.metadata", "worker.config.json", "extensions.json" })
            File.WriteAllText(Path.Combine(app, workerFile), "{}");
        Directory.CreateDirectory(Path.Combine(app, ".azurefunctions"));
        File.WriteAllText(Path.Combine(app, ".azurefunctions", "function.deps.json"), "{}");
        var output = Path.Combine(_root, "functions");

        FunctionAppLayoutWriter.Write(SampleApp.GeneratedFunctions.Manifest, app, "App", output);

        Assert.True(File.Exists(Path.Combine(output, "App.dll")));
        Assert.True(File.Exists(Path.Combine(output, "public", "hello.txt")));
        Assert.False(Directory.Exists(Path.Combine(output, ".nextfunc")));
        // A custom-handler folder must not also look like a dotnet-isolated worker app to the host.
        Assert.False(File.Exists(Path.Combine(output, "worker.config.json")));
        Assert.False(File.Exists(Path.Combine(output, "functions.metadata")));
        Assert.False(File.Exists(Path.Combine(output, "extensions.json")));
        Assert.False(Directory.Exists(Path.Combine(output, ".azurefunctions")));
    }

    [Fact]
    public void DebugSymbols_AreLeftOut_UnlessAskedFor()
    {
        // Arrange: a Native AOT publish has a .dbg of tens of megabytes beside the binary; a JIT build has .pdb files.
        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        File.WriteAllText(Path.Combine(app, "App"), "");
        File.WriteAllText(Path.Combine(app, "App.dbg"), "symbols");
        File.WriteAllText(Path.Combine(app, "App.pdb"), "symbols");

        // Act
        FunctionAppLayoutWriter.Write(SampleApp.GeneratedFunctions.Manifest, app, "App", Path.Combine(_root, "plain"));
        FunctionAppLayoutWriter.Write(SampleApp.GeneratedFunctions.Manifest, app, "App", Path.Combine(_root, "debuggable"), withSymbols: true);

        // Assert
        Assert.True(File.Exists(Path.Combine(_root, "plain", "App")));
        Assert.False(File.Exists(Path.Combine(_root, "plain", "App.dbg")));
        Assert.False(File.Exists(Path.Combine(_root, "plain", "App.pdb")));
        Assert.True(File.Exists(Path.Combine(_root, "debuggable", "App.dbg")));
        Assert.True(File.Exists(Path.Combine(_root, "debuggable", "App.pdb")));
    }

    [Fact]
    public async Task FunctionsLayoutCommand_WritesNothingBesideTheApp()
    {
        // Arrange: a copy of the sample's build output, run as a user runs the command.
        var app = Path.Combine(_root, "sample");
        foreach (var file in Directory.EnumerateFiles(Support.TestPaths.SampleAppOutput, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Support.TestPaths.SampleAppOutput, file);
            if (relative.StartsWith(".nextfunc", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(app, relative))!);
            File.Copy(file, Path.Combine(app, relative));
        }
        var before = Directory.EnumerateFileSystemEntries(app, "*", SearchOption.AllDirectories).Order().ToList();

        // Act
        var (code, output) = await Nextfunc.Tests.Shared.Processes.ProcessRunner.RunAsync("dotnet",
            Path.Combine(app, "SampleApp.dll"), "functions-layout", Path.Combine(_root, "functions"));

        // Assert: no cache folder (the command builds no pipeline), no other file created in the app folder.
        Assert.True(code == 0, output);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(app, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "functions"), "*.pdb"));
    }
}
