using Microsoft.Extensions.Logging;

namespace Nextfunc.Pipeline;

/// <summary>The pipeline's log lines, source-generated with stable event ids.</summary>
internal static partial class PipelineLog
{
    // The level is the app's choice (Nextfunc:RequestLog, LoggingDefaults.RequestLogLevel): Information where the line is
    // worth its cost, Debug elsewhere, so the content stays one filter away.
    [LoggerMessage(EventId = 1, Message = "Executed '{FunctionName}' {Method} {Path} -> {Status} in {DurationMs:0.0} ms")]
    public static partial void Invocation(ILogger logger, LogLevel level, string functionName, string method, string path, int status, double durationMs);

    [LoggerMessage(2, LogLevel.Error, "Function '{FunctionName}' threw; answered 500 with an empty body. Fix the handler in {SourceFile}.")]
    public static partial void HandlerThrew(ILogger logger, Exception exception, string functionName, string sourceFile);

    [LoggerMessage(3, LogLevel.Error, "Function '{FunctionName}' returned null; answered 500. A handler must return an IResult such as NextResponse.Json(...) (in {SourceFile}).")]
    public static partial void HandlerReturnedNull(ILogger logger, string functionName, string sourceFile);

    [LoggerMessage(4, LogLevel.Error, "Middleware {SourceFile} threw on {Method} {Path}; answered 500 with an empty body.")]
    public static partial void MiddlewareThrew(ILogger logger, Exception exception, string sourceFile, string method, string path);

    [LoggerMessage(5, LogLevel.Error, "Middleware rewrote {Path} to {Target}, another origin that is not allowed; answered 500. Add the host to Nextfunc:Rewrites:AllowedHosts to proxy it.")]
    public static partial void RewriteOriginRefused(ILogger logger, string path, string target);

    [LoggerMessage(6, LogLevel.Warning, "Proxying the rewrite of {Path} to {Target} failed: {Error}")]
    public static partial void RewriteProxyFailed(ILogger logger, string path, string target, string error);

    [LoggerMessage(8, LogLevel.Error, "A Functions middleware threw on {Method} {Path} (response already started: {Started}); answered 500 with an empty body unless the response had started.")]
    public static partial void FunctionsMiddlewareThrew(ILogger logger, Exception exception, string method, string path, bool started);

    [LoggerMessage(9, LogLevel.Information, "Function '{FunctionName}' answered {Status}: {Reason}")]
    public static partial void BadRequestBody(ILogger logger, string functionName, int status, string reason);

    [LoggerMessage(10, LogLevel.Debug, "'{FunctionName}' {Method} {Path} aborted by the client after {DurationMs:0.0} ms")]
    public static partial void Aborted(ILogger logger, string functionName, string method, string path, double durationMs);


    [LoggerMessage(11, LogLevel.Error, "GenerateStaticParams of {SourceFile} threw; answered 500. It runs again on the next request to the route; fix it if it keeps failing.")]
    public static partial void StaticParamsThrew(ILogger logger, Exception exception, string sourceFile);

    [LoggerMessage(12, LogLevel.Error, "Function '{FunctionName}' returned NextResponse.Next(), which only middleware can return; answered 500. Return a response from the handler (in {SourceFile}).")]
    public static partial void HandlerReturnedNext(ILogger logger, string functionName, string sourceFile);

    [LoggerMessage(13, LogLevel.Error, "Function '{FunctionName}' ran past its MaxDuration of {MaxDuration} s and was cancelled; answered 504. Make it faster or raise MaxDuration in {SourceFile}.")]
    public static partial void MaxDurationExceeded(ILogger logger, string functionName, int maxDuration, string sourceFile);

    [LoggerMessage(14, LogLevel.Error, "after() or waitUntil work of {Method} {Path} threw; the response was already sent.")]
    public static partial void AfterWorkThrew(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(15, LogLevel.Warning, "after() or waitUntil work of {Method} {Path} was still running when the route's MaxDuration of {MaxDuration} s was up; the invocation ends without it (the host may freeze the instance). Make the work shorter or raise MaxDuration.")]
    public static partial void AfterWorkTimedOut(ILogger logger, string method, string path, int maxDuration);

    [LoggerMessage(16, LogLevel.Warning, "Draft mode was enabled with a secret of this process only: another instance will not accept the bypass cookie. Set Nextfunc:DraftModeSecret (the same value on every instance).")]
    public static partial void DraftModeSecretPerProcess(ILogger logger);
}
