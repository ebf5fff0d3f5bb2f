namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>Store request rates of one scenario run (requests per second).</summary>
/// <param name="BlobPeak">The busiest blob in its busiest second.</param>
/// <param name="BlobMean">The busiest blob (most requests over the span), averaged over the span.</param>
/// <param name="AccountPeak">All blobs together in the busiest second.</param>
/// <param name="AccountMean">All blobs together, averaged over the span.</param>
/// <param name="BusiestKind">What the busiest blob is: entry, lock or tag.</param>
internal sealed record StoreRates(double BlobPeak, double BlobMean, double AccountPeak, double AccountMean, string BusiestKind);
