using Xunit.Abstractions;
using Xunit.Sdk;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// Runs a class's <c>AfterTheCorpus_*</c> tests after all its other tests, so the health check sees the
/// app after every hostile request (xUnit runs a class's tests one at a time, in the order given here).
/// </summary>
public sealed class HealthCheckLastOrderer : ITestCaseOrderer
{
    /// <summary>For <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string TypeName = "Nextfunc.FunctionApp.Tests.Hostile.HealthCheckLastOrderer";

    /// <summary>For <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string AssemblyName = "Nextfunc.FunctionApp.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.Name.StartsWith("AfterTheCorpus_", StringComparison.Ordinal) ? 1 : 0);
}
