namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// What the Functions host puts in front of its forwarder to the worker (its RetryProxyHandler): a request that
/// fails to reach the worker's HTTP endpoint (<see cref="HttpRequestException"/>: refused, reset before an answer)
/// is sent again, up to 10 attempts, 50 ms apart at first and doubling to at most 250 ms. The worker reports its
/// <c>HttpUri</c> before its Kestrel listens, so the first request after a start can find nobody there.
/// </summary>
internal sealed class WorkerProxyRetry(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    internal const int MaxAttempts = 10;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < MaxAttempts)
            {
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
            }
        }
    }
}
