namespace SampleApp.Lib;

// app/_lib is a private folder: code lives here, but nothing in it is routable.

public sealed record User(string Id, string Name);

public interface IUserStore
{
    IReadOnlyList<User> All();
    User? Find(string id);
    User Add(string name);
    bool Remove(string id);
}

public sealed class InMemoryUserStore : IUserStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, User> _users = new()
    {
        ["1"] = new("1", "Ada"),
        ["2"] = new("2", "Grace"),
    };
    private int _next = 2;

    public IReadOnlyList<User> All() => _users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
    public User? Find(string id) => _users.GetValueOrDefault(id);
    public User Add(string name)
    {
        var user = new User(Interlocked.Increment(ref _next).ToString(), name);
        _users[user.Id] = user;
        return user;
    }
    public bool Remove(string id) => _users.TryRemove(id, out _);
}
