using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// One <c>RpcLog</c> the worker sent over the gRPC stream: the host prints these (user ILogger output and
/// the worker's own system logs) beside the worker's console output, so together they are what a user
/// sees under <c>func start</c>.
/// </summary>
/// <param name="Level">The log level.</param>
/// <param name="Category">The logger category, e.g. <c>Function.Hello.User</c>.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="InvocationId">The invocation it belongs to, or empty.</param>
/// <param name="Exception">The exception message, if the log carries one.</param>
/// <param name="IsSystem">True for the worker's own logs, false for user code's.</param>
public sealed record WorkerLog(RpcLog.Types.Level Level, string Category, string Message, string InvocationId, string? Exception, bool IsSystem)
{
    /// <summary>Copies the parts a test asserts on.</summary>
    public static WorkerLog From(RpcLog log) => new(log.Level, log.Category, log.Message, log.InvocationId,
        log.Exception is null ? null : log.Exception.Message, log.LogCategory == RpcLog.Types.RpcLogCategory.System);

    /// <inheritdoc />
    public override string ToString() => $"[{Level}] {Category}: {Message}{(Exception is null ? "" : " | " + Exception)}";
}
