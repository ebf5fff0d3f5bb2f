using Grpc.Core;
using Nextfunc.WorkerHost.Tests.Harness;
using Nextfunc.WorkerHost.Tests.Rpc;
using Kind = Nextfunc.WorkerHost.Tests.Rpc.StreamingMessage.ContentOneofCase;

namespace Nextfunc.WorkerHost.Tests.WorkerProtocol;

/// <summary>The host's end of the stream: replies meet their waiters whatever the order, logs are kept, a closed stream fails waiters.</summary>
[Trait("Category", "InProcess")]
public sealed class WorkerChannelTests
{
    [Fact]
    public async Task RepliesAreMatchedByIdEvenWhenTheyArriveBeforeAnyoneWaits()
    {
        var channel = new WorkerChannel();
        var stream = new ScriptedStream(
            new StreamingMessage { StartStream = new StartStream { WorkerId = "w" } },
            new StreamingMessage { FunctionLoadResponse = new FunctionLoadResponse { FunctionId = "b" } },
            new StreamingMessage { FunctionLoadResponse = new FunctionLoadResponse { FunctionId = "a" } },
            new StreamingMessage { RpcLog = new RpcLog { Category = "Function.Hello.User", Message = "hello from user code" } },
            new StreamingMessage()); // the worker's empty answer to InvocationCancel / WorkerTerminate
        var pendingA = channel.ReceiveAsync(Kind.FunctionLoadResponse, "a");
        await channel.RunAsync(stream, stream, CancellationToken.None);

        Assert.Equal("a", (await pendingA).FunctionLoadResponse.FunctionId);
        Assert.Equal("w", (await channel.ReceiveAsync(Kind.StartStream)).StartStream.WorkerId);
        Assert.Equal("b", (await channel.ReceiveAsync(Kind.FunctionLoadResponse, "b")).FunctionLoadResponse.FunctionId);
        Assert.Equal("hello from user code", Assert.Single(channel.Logs).Message);
    }

    [Fact]
    public async Task AClosedStreamFailsWhatIsStillAwaited()
    {
        var channel = new WorkerChannel();
        var pending = channel.ReceiveAsync(Kind.InvocationResponse, "never");
        var stream = new ScriptedStream();
        await channel.RunAsync(stream, stream, CancellationToken.None);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => pending);
        Assert.Contains("closed its gRPC stream", error.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => channel.ReceiveAsync(Kind.WorkerInitResponse));
    }

    [Fact]
    public async Task WhatTheHostSentBeforeTheWorkerConnectedIsWrittenInOrder()
    {
        var channel = new WorkerChannel();
        channel.Send(new StreamingMessage { WorkerInitRequest = new WorkerInitRequest { HostVersion = "1" } });
        channel.Send(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest() });
        var stream = new ScriptedStream();
        await channel.RunAsync(stream, stream, CancellationToken.None);
        Assert.Equal([Kind.WorkerInitRequest, Kind.FunctionsMetadataRequest], stream.Written.Select(m => m.ContentCase));
    }

    /// <summary>A worker that sends <paramref name="messages"/>, then ends the stream; what the host writes is kept.</summary>
    private sealed class ScriptedStream(params StreamingMessage[] messages) : IAsyncStreamReader<StreamingMessage>, IServerStreamWriter<StreamingMessage>
    {
        private int _next = -1;

        public List<StreamingMessage> Written { get; } = [];

        public StreamingMessage Current => messages[_next];

        public WriteOptions? WriteOptions { get; set; }

        public Task<bool> MoveNext(CancellationToken cancellationToken) => Task.FromResult(++_next < messages.Length);

        public Task WriteAsync(StreamingMessage message)
        {
            Written.Add(message);
            return Task.CompletedTask;
        }
    }
}
