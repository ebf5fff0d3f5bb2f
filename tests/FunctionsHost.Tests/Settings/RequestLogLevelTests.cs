using Microsoft.Extensions.Logging;
using Nextfunc.Settings;

namespace Nextfunc.Tests.Settings;

/// <summary>
/// Where the per-request "Executed '…'" line is written by default (README, "Logs"): standalone in Development only;
/// never behind the Functions host, which logs every invocation itself; <c>Nextfunc:RequestLog</c> decides when set.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class RequestLogLevelTests
{
    [Theory]
    [InlineData(null, false, true, LogLevel.Information)]   // dotnet run: a developer watches the console
    [InlineData(null, false, false, LogLevel.Debug)]        // standalone in production: as next start, nothing per request
    [InlineData(null, true, true, LogLevel.Debug)]          // func start: the host logs each invocation already
    [InlineData(null, true, false, LogLevel.Debug)]         // Azure: the same
    [InlineData(true, true, false, LogLevel.Information)]   // asked for: written in any mode
    [InlineData(true, false, false, LogLevel.Information)]
    [InlineData(false, false, true, LogLevel.Debug)]        // turned off in Development too
    public void TheLineIsInformationOnlyWhereItIsWorthItsCost(bool? setting, bool behindFunctionsHost, bool development, LogLevel expected) =>
        Assert.Equal(expected, LoggingDefaults.RequestLogLevel(setting, behindFunctionsHost, development));
}
