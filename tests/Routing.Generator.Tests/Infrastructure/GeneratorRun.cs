extern alias generator;
using System.Collections.Immutable;
using generator::Nextfunc.Routing.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>One run of the route generator with step tracking: its output and its driver for re-runs.</summary>
internal sealed class GeneratorRun
{
    private readonly IReadOnlyDictionary<string, string> _globals;

    private GeneratorRun(GeneratorDriver driver, IReadOnlyDictionary<string, string> globals, Compilation input, Compilation output)
    {
        _globals = globals;
        Driver = driver;
        Input = input;
        Output = output;
        Result = driver.GetRunResult().Results.Single();
        Diagnostics = Result.Diagnostics;
    }

    public GeneratorDriver Driver { get; }
    public Compilation Input { get; }
    public Compilation Output { get; }
    public GeneratorRunResult Result { get; }

    /// <summary>What the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The emitted <c>GeneratedFunctions.g.cs</c>.</summary>
    public string GeneratedSource =>
        Result.GeneratedSources.Single(s => s.HintName == "GeneratedFunctions.g.cs").SourceText.ToString();

    /// <summary>The emitted <c>GeneratedOpenApi.g.cs</c>.</summary>
    public string GeneratedOpenApi =>
        Result.GeneratedSources.Single(s => s.HintName == "GeneratedOpenApi.g.cs").SourceText.ToString();

    public static GeneratorRun Start(Compilation compilation, bool isApp = true)
    {
        var globals = new Dictionary<string, string>
        {
            ["build_property.MSBuildProjectDirectory"] = TestProject.Directory,
            ["build_property.RootNamespace"] = TestProject.RootNamespace,
        };
        if (isApp) globals["build_property.IsNextfuncApp"] = "true";

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new RouteGenerator().AsSourceGenerator()],
            parseOptions: TestProject.ParseOptions,
            optionsProvider: new TestAnalyzerConfigOptionsProvider(globals),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return Advance(driver, globals, compilation);
    }

    /// <summary>Runs the same driver again over an edited compilation (the incremental path).</summary>
    public GeneratorRun Next(Compilation edited) => Advance(Driver, _globals, edited);

    /// <summary>Runs the same driver again over the same compilation with one MSBuild property changed (null: unset).</summary>
    public GeneratorRun WithProperty(string name, string? value)
    {
        var globals = new Dictionary<string, string>(_globals);
        if (value is null) globals.Remove("build_property." + name);
        else globals["build_property." + name] = value;
        var driver = Driver.WithUpdatedAnalyzerConfigOptions(new TestAnalyzerConfigOptionsProvider(globals));
        return Advance(driver, globals, Input);
    }

    /// <summary>Why each output of a tracked step was produced in this run (Cached, Unchanged, Modified, New, Removed).</summary>
    public IReadOnlyList<IncrementalStepRunReason> Reasons(string step)
    {
        Assert.True(Result.TrackedSteps.TryGetValue(step, out var steps), $"step {step} was not tracked");
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        return reasons;
    }

    /// <summary>The same for the source outputs (the steps that add sources and report diagnostics).</summary>
    public IReadOnlyList<IncrementalStepRunReason> OutputReasons() =>
        Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static GeneratorRun Advance(GeneratorDriver driver, IReadOnlyDictionary<string, string> globals, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, globals, compilation, output);
    }

    /// <summary>Compiler errors of the input plus the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompileErrors() =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>The generator's diagnostics with one id.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsWithId(string id) => Diagnostics.Where(d => d.Id == id).ToList();
}
