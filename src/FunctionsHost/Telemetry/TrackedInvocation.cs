using System.Diagnostics;

namespace Nextfunc.Telemetry;

/// <summary>
/// What <see cref="InvocationTelemetry.Start"/> hands to <see cref="InvocationTelemetry.Stop"/>: the span, if recorded, and
/// the function the host invoked. Default (no function) when nobody listened as the invocation started.
/// </summary>
internal readonly record struct TrackedInvocation(Activity? Span, string? FunctionName);
