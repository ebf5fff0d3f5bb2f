namespace Nextfunc.Caching.Benchmarks.Scale;

/// <summary>What one scenario at one instance count measured, and the guarantees it checked.</summary>
/// <param name="Scenario">steady, revalidate or deploy.</param>
/// <param name="Instances">N.</param>
/// <param name="Rates">Store requests per second.</param>
/// <param name="Requests">Requests the instances served.</param>
/// <param name="Failed">Requests that threw.</param>
/// <param name="Torn">Bodies that were not one whole render.</param>
/// <param name="Renders">Renders of all routes during the measured span.</param>
/// <param name="ExtraRenders">Renders beyond one per route and window (or per revalidation, or per deploy).</param>
/// <param name="MaxSeenLag">Longest time from a <c>revalidateTag</c> until an instance served a newer render, s; NaN without one.</param>
/// <param name="Unseen">Revalidations some instance never served a newer render for before the run ended.</param>
/// <param name="StoreWarnings">Warnings of the engines (a store timeout or failure).</param>
internal sealed record ScenarioResult(
    string Scenario, int Instances, StoreRates Rates, long Requests, long Failed, long Torn, int Renders, int ExtraRenders,
    double MaxSeenLag, int Unseen, int StoreWarnings);
