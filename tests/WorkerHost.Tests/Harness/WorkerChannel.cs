using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using Nextfunc.WorkerHost.Tests.Rpc;
using Kind = Nextfunc.WorkerHost.Tests.Rpc.StreamingMessage.ContentOneofCase;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// The host's end of the worker's one <c>EventStream</c>. Everything the host says goes through
/// <see cref="Send"/> (one writer loop, because a gRPC stream takes one write at a time); everything the
/// worker says is either a log (kept in <see cref="Logs"/>) or a reply that someone awaits with
/// <see cref="ReceiveAsync"/>, keyed by kind and by function or invocation id. A reply may arrive before
/// anyone awaits it (the worker answers on its own threads), so both sides meet in one table.
/// </summary>
public sealed class WorkerChannel
{
    private const int MaxLogs = 10_000;

    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>();
    private readonly ConcurrentDictionary<(Kind, string), TaskCompletionSource<StreamingMessage>> _replies = new();
    private readonly ConcurrentQueue<WorkerLog> _logs = new();
    private int _attached;
    private Exception? _closed;

    /// <summary>Every RpcLog the worker sent, oldest first (the most recent 10,000).</summary>
    public IReadOnlyCollection<WorkerLog> Logs => _logs;

    /// <summary>Queues a message for the worker (dropped once the stream is closed, as the worker is gone).</summary>
    public void Send(StreamingMessage message) => _outbound.Writer.TryWrite(message);

    /// <summary>
    /// The worker's reply of <paramref name="kind"/>: FunctionLoadResponse keyed by function id,
    /// InvocationResponse by invocation id, the start-up replies with an empty key. Fails when the stream closes.
    /// </summary>
    public async Task<StreamingMessage> ReceiveAsync(Kind kind, string key = "")
    {
        try
        {
            return await Reply(kind, key).Task;
        }
        finally
        {
            _replies.TryRemove((kind, key), out _);
        }
    }

    /// <summary>
    /// Serves one EventStream call until the worker ends it or the server stops. The dotnet worker opens a
    /// single stream; a second one is refused so that no reply goes to the wrong place.
    /// </summary>
    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> fromWorker, IServerStreamWriter<StreamingMessage> toWorker, CancellationToken cancellation)
    {
        if (Interlocked.Exchange(ref _attached, 1) == 1)
            throw new InvalidOperationException("The worker opened a second EventStream; this test host serves one.");
        var writing = WriteAllAsync(toWorker, cancellation);
        try
        {
            while (await fromWorker.MoveNext(cancellation))
                Dispatch(fromWorker.Current);
            Close(new InvalidOperationException("The worker closed its gRPC stream."));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or Grpc.Core.RpcException)
        {
            Close(new InvalidOperationException("The worker's gRPC stream broke: " + e.Message, e));
        }
        await writing;
    }

    private async Task WriteAllAsync(IServerStreamWriter<StreamingMessage> toWorker, CancellationToken cancellation)
    {
        try
        {
            await foreach (var message in _outbound.Reader.ReadAllAsync(cancellation))
                await toWorker.WriteAsync(message, cancellation);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The call ended (worker gone or server stopping): what was not written is moot.
        }
    }

    private void Dispatch(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case Kind.RpcLog:
                _logs.Enqueue(WorkerLog.From(message.RpcLog));
                while (_logs.Count > MaxLogs && _logs.TryDequeue(out _)) { }
                break;
            case Kind.FunctionLoadResponse:
                Reply(message.ContentCase, message.FunctionLoadResponse.FunctionId).TrySetResult(message);
                break;
            case Kind.InvocationResponse:
                Reply(message.ContentCase, message.InvocationResponse.InvocationId).TrySetResult(message);
                break;
            case Kind.None:
                // The worker answers InvocationCancel and WorkerTerminate with an empty message.
                break;
            default:
                Reply(message.ContentCase, "").TrySetResult(message);
                break;
        }
    }

    private TaskCompletionSource<StreamingMessage> Reply(Kind kind, string key)
    {
        var reply = _replies.GetOrAdd((kind, key), _ => new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (Volatile.Read(ref _closed) is { } closed)
            reply.TrySetException(closed);
        return reply;
    }

    private void Close(Exception reason)
    {
        Volatile.Write(ref _closed, reason);
        _outbound.Writer.TryComplete();
        foreach (var reply in _replies.Values)
            reply.TrySetException(reason);
    }
}
