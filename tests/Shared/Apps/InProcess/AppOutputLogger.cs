using Microsoft.Extensions.Logging;

namespace Nextfunc.Tests.Shared.Apps;

/// <summary>
/// Writes an in-process app's log lines to its <see cref="AppOutput"/>, in the console's shape
/// (<c>warn: Category[4101] message</c>), so tests read either kind of app's output the same way.
/// </summary>
public sealed class AppOutputLogger(AppOutput output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CategoryLogger(output, categoryName);

    public void Dispose() { }

    private sealed class CategoryLogger(AppOutput output, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        // The app's filters (host.json, appsettings) decide what reaches a provider; everything that does is kept.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var level = logLevel switch
            {
                LogLevel.Trace => "trce",
                LogLevel.Debug => "dbug",
                LogLevel.Information => "info",
                LogLevel.Warning => "warn",
                LogLevel.Error => "fail",
                _ => "crit",
            };
            output.AppendLine($"{level}: {category}[{eventId.Id}] {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
        }
    }
}
