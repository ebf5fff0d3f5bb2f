using Azure.Storage.Blobs;

namespace Nextfunc.Tests.Caching.Azurite;

/// <summary>
/// xunit collection fixture: one real Azurite blob emulator for every test class in <see cref="AzuriteCollection"/>.
/// Fails with "run npm ci" when the repo's node_modules is missing.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>The loopback port Azurite listens on (to put a proxy in front of it).</summary>
    public int Port => Azurite.Port;

    private AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite not started");

    /// <summary>A new client per call, so tests can model separate instances.</summary>
    public BlobServiceClient CreateServiceClient() => new(ConnectionString);

    /// <summary>A container name unique to the caller (containers are created by the store on first write).</summary>
    public BlobContainerClient CreateContainerClient(BlobServiceClient? client = null, string? name = null) =>
        (client ?? CreateServiceClient()).GetBlobContainerClient(name ?? NewContainerName());

    public static string NewContainerName() => "t" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        _azurite?.Dispose();
        return Task.CompletedTask;
    }
}
