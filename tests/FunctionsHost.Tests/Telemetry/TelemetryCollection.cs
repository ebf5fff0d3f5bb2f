namespace Nextfunc.Tests.Telemetry;

/// <summary>
/// Telemetry listeners are process-wide: the tests that attach them run one after another, so the one that
/// checks nothing is recorded without a listener never runs while another test listens.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
