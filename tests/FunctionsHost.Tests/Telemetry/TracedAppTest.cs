using Serverless.FunctionsHost.Tests.Pipeline;

namespace Serverless.FunctionsHost.Tests.Telemetry;

/// <summary>A test with <see cref="TelemetryApp"/> running and the SDK listening, both per test. Subclasses join <see cref="TelemetryCollection"/>.</summary>
public abstract class TracedAppTest(bool withAspNetCore) : IAsyncLifetime
{
    protected TelemetryCapture Capture { get; } = new(withAspNetCore);

    protected KestrelApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TelemetryApp.StartAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Capture.Dispose();
    }
}
