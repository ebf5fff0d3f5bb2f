using System.Collections.Concurrent;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>A singleton the recording middlewares and handlers write to, in the order they run.</summary>
public sealed class OrderLog
{
    public ConcurrentQueue<string> Steps { get; } = new();

    public void Add(string step) => Steps.Enqueue(step);
}
