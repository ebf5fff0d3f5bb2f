using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Nextfunc.Tests.Caching.Faults;

/// <summary>
/// A TCP proxy on loopback in front of Azurite that can hold what a client sends for <see cref="Hold"/> before
/// passing it on, as a congested network does. Held bytes are delivered even when the client has given up
/// meanwhile (they were already on the wire): that is how a store call abandoned by its caller can still land
/// later. Answers flow back unheld; an answer to a client that left is read and dropped.
/// </summary>
internal sealed class HoldingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _upstreamPort;
    private readonly Task _accepting;
    private long _holdTicks;
    private int _lateDeliveries;
    private long _answers;
    private int _held;

    private HoldingProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How long client bytes wait before they are sent upstream (zero: pass through).</summary>
    public TimeSpan Hold
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _holdTicks));
        set => Interlocked.Exchange(ref _holdTicks, value.Ticks);
    }

    /// <summary>Which chunks are held (by their first bytes, e.g. an HTTP request line); all by default.</summary>
    public Func<ReadOnlyMemory<byte>, bool> HoldWhen { get; set; } = _ => true;

    /// <summary>Held chunks delivered upstream after their client had already closed the connection.</summary>
    public int LateDeliveries => Volatile.Read(ref _lateDeliveries);

    /// <summary>Chunks held so far (delivered or not).</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>Chunks of answers relayed from upstream: when it grows, the store is in use.</summary>
    public long Answers => Interlocked.Read(ref _answers);

    public static HoldingProxy Start(int upstreamPort) => new(upstreamPort);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort, _stop.Token);
                var clientLeft = new TaskCompletionSource();
                var answers = CopyAnswersAsync(upstream.GetStream(), client.GetStream());
                await ForwardHeldAsync(client.GetStream(), upstream.GetStream(), clientLeft);
                // Give upstream a moment to answer what was delivered late, then drop the connection.
                await Task.WhenAny(answers, Task.Delay(TimeSpan.FromSeconds(2), _stop.Token));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A relay ends when either side goes away; nothing to report.
            }
        }
    }

    private async Task ForwardHeldAsync(NetworkStream from, NetworkStream to, TaskCompletionSource clientLeft)
    {
        var chunks = Channel.CreateUnbounded<(byte[] Data, long ReleaseAt, bool Held)>();
        var reading = Task.Run(async () =>
        {
            var releaseAt = 0L;
            var buffer = new byte[16 * 1024];
            try
            {
                int read;
                while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
                {
                    var data = buffer.AsMemory(0, read).ToArray();
                    var held = Hold > TimeSpan.Zero && HoldWhen(data);
                    if (held)
                        Interlocked.Increment(ref _held);
                    // Order is kept: a chunk never overtakes one held before it.
                    releaseAt = Math.Max(releaseAt, Environment.TickCount64 + (held ? (long)Hold.TotalMilliseconds : 0));
                    await chunks.Writer.WriteAsync((data, releaseAt, held), _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // The client reset the connection (its caller gave up): what it sent so far is still delivered.
            }
            finally
            {
                clientLeft.TrySetResult();
                chunks.Writer.TryComplete();
            }
        });

        await foreach (var (data, releaseAt, held) in chunks.Reader.ReadAllAsync(_stop.Token))
        {
            var wait = releaseAt - Environment.TickCount64;
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait), _stop.Token);
            }

            await to.WriteAsync(data, _stop.Token);
            if (held && clientLeft.Task.IsCompleted)
            {
                Interlocked.Increment(ref _lateDeliveries);
            }
        }

        await reading;
    }

    private async Task CopyAnswersAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[16 * 1024];
        var clientGone = false;
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                Interlocked.Increment(ref _answers);
                try
                {
                    if (!clientGone)
                        await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
                }
                catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
                {
                    clientGone = true; // Keep reading so upstream can finish its answer.
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Upstream closed or reset: the relay is over.
        }
    }
}
