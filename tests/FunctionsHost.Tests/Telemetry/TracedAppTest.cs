using Nextfunc.Tests.Caching.Support;
using Nextfunc.Tests.Pipeline;

namespace Nextfunc.Tests.Telemetry;

/// <summary>A test with <see cref="TelemetryApp"/> running and the SDK listening, both per test. Subclasses join <see cref="TelemetryCollection"/>.</summary>
public abstract class TracedAppTest(bool withAspNetCore) : IAsyncLifetime
{
    protected TelemetryCapture Capture { get; } = new(withAspNetCore);

    private protected KestrelApp App { get; private set; } = null!;

    /// <summary>The output cache's clock: real time plus what the test shifts it by.</summary>
    protected ShiftableTimeProvider Clock { get; } = new();

    public async Task InitializeAsync() => App = await TelemetryApp.StartAsync(Clock);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Capture.Dispose();
    }
}
