using System.Diagnostics;

namespace Serverless.FunctionsHost.Telemetry;

/// <summary>
/// What <see cref="InvocationTelemetry.Start(Microsoft.AspNetCore.Http.HttpContext, Serverless.FunctionsHost.Pipeline.RequestPipeline, Serverless.FunctionsHost.Pipeline.ServerlessFeature)"/>
/// hands to <see cref="InvocationTelemetry.Stop"/>: the span, if recorded, and the function the host invoked. Default
/// (no function) when nobody listened as the invocation started.
/// </summary>
internal readonly record struct Invocation(Activity? Span, string? FunctionName);
