namespace Nextfunc.Tests.Shared.Apps;

/// <summary>
/// When a started child process counts as ready: its first HTTP answer, of any status, to <c>GET</c>
/// <paramref name="Path"/>, asked every <paramref name="Interval"/>; refused or timed-out requests mean "not yet",
/// and the process ending or <paramref name="Budget"/> running out means it did not start.
/// </summary>
public sealed record AppReadiness(string Path, TimeSpan Budget, TimeSpan Interval)
{
    /// <summary>
    /// For <c>dotnet App.dll --urls …</c>: <c>/nomw</c> is a conformance-app route that runs no middleware and renders
    /// nothing the cache keeps (on other apps a 404, an answer too), within a minute, however loaded the machine.
    /// </summary>
    public static AppReadiness FirstAnswer { get; } = new("/nomw", TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(100));
}
