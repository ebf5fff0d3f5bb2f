using System.Net.Sockets;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>What came back for one raw request: the bytes, the parsed answer if any, and how the exchange ended.</summary>
public sealed record RawExchange(byte[] Received, RawResponse? Response, string Ending, string? ParseError)
{
    /// <summary>The exchange in words, for failure messages.</summary>
    public string Describe() => Response is { } r
        ? $"{r.Head}\n\n{RawRequest.Show(r.Body, 400)}"
        : $"no response ({Ending}{(ParseError is null ? "" : "; " + ParseError)}); received: {RawRequest.Show(Received, 300)}";
}

/// <summary>Sends request bytes on a fresh TCP connection and reads the answer off the socket.</summary>
public static class RawHttp
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Sends <paramref name="request"/> to <paramref name="server"/> and reads until one whole response, the close, or the timeout.</summary>
    public static Task<RawExchange> SendAsync(Uri server, HostileRequest request) =>
        SendAsync(server, request.Bytes, request.IsHead, request.ClientCloses);

    /// <summary>Sends <paramref name="bytes"/>; with <paramref name="halfClose"/> the client stops sending right after.</summary>
    public static async Task<RawExchange> SendAsync(Uri server, byte[] bytes, bool head = false, bool halfClose = false)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(server.Host, server.Port);
        try
        {
            await socket.SendAsync(bytes);
            if (halfClose) socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // The server may answer (431, 400) and close before taking every byte; read what it said.
        }

        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(ReadTimeout);
        while (true)
        {
            string? ending = null;
            try
            {
                var n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (n == 0) ending = "closed";
                else received.Write(buffer, 0, n);
            }
            catch (OperationCanceledException) { ending = $"no complete answer within {ReadTimeout.TotalSeconds:0} s"; }
            catch (SocketException e) { ending = e.SocketErrorCode.ToString(); }

            var bytesSoFar = received.ToArray();
            if (bytesSoFar.Length == 0 && ending is not null)
                return new RawExchange(bytesSoFar, null, ending, null);
            try
            {
                if (RawResponse.Parse(bytesSoFar, head, closed: ending is not null) is { } response)
                    return new RawExchange(bytesSoFar, response, ending ?? "answered", null);
            }
            catch (FormatException e)
            {
                return new RawExchange(bytesSoFar, null, ending ?? "answered", e.Message);
            }
            if (ending is not null)
                return new RawExchange(bytesSoFar, null, ending, null);
        }
    }
}
