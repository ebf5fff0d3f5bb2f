// What the docs' snippets take as given: the sample app's types they use (IUserStore, SampleJson, RequestTiming) and the
// helpers a snippet calls but leaves to the reader (NeedsRefresh). Copied into the docs app by DocsApp; not compiled here.
global using static DocsApp.Assumed;
using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace DocsApp
{
    public static class Assumed
    {
        public static bool NeedsRefresh(string session) => session.Length == 0;
        public static Task<string> RefreshAsync(string session) => Task.FromResult(session + "!");
        public static Analytics analytics { get; } = new();
        public static HttpClient cms { get; } = new();
        public static CancellationToken ct => CancellationToken.None;
        public static NextfuncAppBuilder builder => throw new NotSupportedException("a snippet's own builder");
        public static int id => 1;
        public static ILogger logger { get; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        public static Task<User> LoadOrNotFoundAsync(int id) => Task.FromResult(new User(id.ToString(CultureInfo.InvariantCulture), "Ada"));
    }

    public sealed class Analytics
    {
        public Task TrackAsync(string path) => Task.CompletedTask;
    }
}

public record User(string Id, string Name);

public interface IUserStore
{
    User? Find(string id);
    bool Remove(string id);
}

public sealed class InMemoryUserStore : IUserStore
{
    public User? Find(string id) => null;
    public bool Remove(string id) => false;
}

[JsonSerializable(typeof(User))]
public sealed partial class SampleJson : JsonSerializerContext;

public sealed class RequestTiming : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) => next(context);
}

public sealed class AdminOnly : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) => next(context);
}
