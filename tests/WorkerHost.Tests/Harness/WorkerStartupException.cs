namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// The worker did not get through start-up: it exited, failed a step, or ran out of time. The message names
/// the step that was not reached and carries the worker's output, so a failing test says why by itself.
/// </summary>
public sealed class WorkerStartupException(string step, string reason, string output)
    : Exception($"The worker did not reach {step}: {reason}\n--- worker output and logs ---\n{output}")
{
    /// <summary>The start-up step that was not reached, e.g. <c>WorkerInitResponse</c>.</summary>
    public string Step { get; } = step;

    /// <summary>What the worker printed and logged until then.</summary>
    public string Output { get; } = output;
}
