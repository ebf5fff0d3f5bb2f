namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>The tests that share one <see cref="SampleWorker"/> process (one at a time): fewer workers starting side by side.</summary>
[CollectionDefinition(Name)]
public sealed class SampleWorkerCollection : ICollectionFixture<SampleWorker>
{
    public const string Name = "SampleWorker";
}
