using Grpc.Core;
using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// The gRPC service the worker connects to (<c>--functions-uri</c>): its one method, EventStream, hands the
/// bidirectional stream to the host's <see cref="WorkerChannel"/> for as long as the call lasts.
/// </summary>
public sealed class FunctionRpcService(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    /// <inheritdoc />
    public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context) =>
        channel.RunAsync(requestStream, responseStream, context.CancellationToken);
}
