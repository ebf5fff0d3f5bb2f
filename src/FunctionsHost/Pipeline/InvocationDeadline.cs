using Microsoft.AspNetCore.Http;

namespace Nextfunc.Pipeline;

/// <summary>
/// A route's <c>MaxDuration</c> for one handler run: while it runs, <see cref="HttpContext.RequestAborted"/> (the
/// handler's <c>CancellationToken</c>) also fires when the time is up. .NET cannot stop a method that ignores its token,
/// so a handler that does not pass it on runs to its end.
/// </summary>
internal sealed class InvocationDeadline : IDisposable
{
    private readonly HttpContext _context;
    private readonly CancellationToken _client;
    private readonly CancellationTokenSource _time;

    private InvocationDeadline(HttpContext context, int seconds)
    {
        _context = context;
        _client = context.RequestAborted;
        _time = CancellationTokenSource.CreateLinkedTokenSource(_client);
        _time.CancelAfter(TimeSpan.FromSeconds(seconds));
        context.RequestAborted = _time.Token;
    }

    /// <summary>Starts the clock; null (nothing to dispose) for a route without <c>MaxDuration</c>.</summary>
    public static InvocationDeadline? Start(HttpContext context, int? maxDuration) =>
        maxDuration is { } seconds ? new InvocationDeadline(context, seconds) : null;

    /// <summary>True when the time ran out (not the client going away).</summary>
    public bool Expired => _time.IsCancellationRequested && !_client.IsCancellationRequested;

    /// <summary>Gives the context its client token back.</summary>
    public void Dispose()
    {
        _context.RequestAborted = _client;
        _time.Dispose();
    }
}
