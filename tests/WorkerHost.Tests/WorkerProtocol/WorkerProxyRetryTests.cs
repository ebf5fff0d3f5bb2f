using System.Net;
using System.Net.Sockets;
using System.Text;
using Nextfunc.WorkerHost.Tests.Harness;

namespace Nextfunc.WorkerHost.Tests.WorkerProtocol;

/// <summary>
/// The test host retries a forward the worker's endpoint did not take, as the Functions host does: a worker that starts
/// listening a moment after the request is still reached; one that never listens fails after the host's 10 attempts.
/// </summary>
[Trait("Category", "Functional")]
public sealed class WorkerProxyRetryTests
{
    [Fact]
    public async Task AnEndpointThatListensLate_IsReached()
    {
        var port = FreePort();
        using var invoker = new HttpMessageInvoker(new WorkerProxyRetry(new SocketsHttpHandler()));

        var sending = invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/"), CancellationToken.None);
        await Task.Delay(300);
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        using var client = await listener.AcceptTcpClientAsync();
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"));
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEndpointThatNeverListens_FailsAfterTheHostsAttempts()
    {
        var port = FreePort();
        using var invoker = new HttpMessageInvoker(new WorkerProxyRetry(new SocketsHttpHandler()));
        var started = DateTime.UtcNow;

        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/"), CancellationToken.None));

        // Nine waits between ten attempts: 50 + 100 + 200 + 250 × 6 ms at least.
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(1_850), $"gave up after {DateTime.UtcNow - started}");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
