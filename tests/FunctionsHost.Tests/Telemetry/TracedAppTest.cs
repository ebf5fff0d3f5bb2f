using Nextfunc.Tests.Caching.Support;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Telemetry;

/// <summary>A test with <see cref="TelemetryApp"/> running on Kestrel and the SDK listening, both per test. Subclasses join <see cref="TelemetryCollection"/>.</summary>
public abstract class TracedAppTest(bool withAspNetCore) : IAsyncLifetime
{
    protected TelemetryCapture Capture { get; } = new(withAspNetCore);

    private protected AppUnderTest App { get; private set; } = null!;

    /// <summary>The output cache's clock: real time plus what the test shifts it by.</summary>
    protected ShiftableTimeProvider Clock { get; } = new();

    public async Task InitializeAsync() => App = await AppUnderTest.StartAsync(TelemetryApp.Manifest(), TelemetryApp.WithClock(Clock));

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Capture.Dispose();
    }
}
