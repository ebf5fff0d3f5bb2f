using Microsoft.Extensions.Logging;

namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>Counts an engine's warnings: a store fault during a run (a timeout, a refused call) shows up here.</summary>
internal sealed class WarningCounter<T> : ILogger<T>
{
    private int _warnings;

    public int Warnings => Volatile.Read(ref _warnings);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Warning)
            Interlocked.Increment(ref _warnings);
    }
}
