using System.Collections;
using System.Text.Json.Serialization;

namespace Nextfunc.Routing.Functions;

/// <summary>
/// The dynamic segments of the matched route, percent-decoded exactly once: what Next.js passes as
/// <c>params</c>. A <c>[id]</c> value is one string; a <c>[...slug]</c> or <c>[[...slug]]</c> value is a list.
/// An optional catch-all that matched zero segments is absent, as in Next.js.
/// </summary>
/// <example>
/// <code>
/// var id = context.Params["id"];                 // "42"
/// var parts = context.Params.GetAll("slug");     // ["a", "b"]
/// var hasSlug = context.Params.ContainsKey("slug");
/// </code>
/// </example>
[JsonConverter(typeof(RouteParamsJsonConverter))]
public sealed class RouteParams : IReadOnlyDictionary<string, IReadOnlyList<string>>
{
    // An array sized by the route, not a List; a single value is kept as its string (its one-element list is made
    // only when asked for): every match of a dynamic route allocates this object, its array and the values, no more.
    private Param[] _items;
    private int _count;

    /// <summary>Creates empty params; <see cref="With"/> and <see cref="WithList"/> give copies with more.</summary>
    public RouteParams() => _items = [];

    // The matcher knows how many params the route has.
    internal RouteParams(int capacity) => _items = new Param[capacity];

    /// <summary>No params: a static route. Route params never change once made, so this one instance serves every request.</summary>
    public static RouteParams Empty { get; } = new();

    /// <summary>A copy with a single-value param (<c>[id]</c>) added: what a <c>GenerateStaticParams</c> returns.</summary>
    /// <example><c>new RouteParams().With("id", "1")</c></example>
    public RouteParams With(string name, string value) => Copy().Bind(name, value);

    /// <summary>A copy with a list param (<c>[...slug]</c>, <c>[[...slug]]</c>) added.</summary>
    /// <example><c>new RouteParams().WithList("slug", ["docs", "intro"])</c></example>
    public RouteParams WithList(string name, IReadOnlyList<string> values) => Copy().BindList(name, [.. values]);

    // The matcher fills a new instance as it binds segments; nobody else can change one (a handler's params are read-only).
    internal RouteParams Bind(string name, string value)
    {
        Append(new Param(name, value, null));
        return this;
    }

    internal RouteParams BindList(string name, IReadOnlyList<string> values)
    {
        Append(new Param(name, null, values));
        return this;
    }

    private RouteParams Copy()
    {
        var copy = new RouteParams(_count + 1);
        Array.Copy(_items, copy._items, _count);
        copy._count = _count;
        return copy;
    }

    /// <summary>
    /// The value of a param. For a catch-all the segments are joined with <c>/</c>; use
    /// <see cref="GetAll"/> to get them one by one. Throws <see cref="KeyNotFoundException"/> naming the params that exist.
    /// </summary>
    public string this[string name] => Find(name) is { } item
        ? item.List is { } list ? string.Join("/", list) : item.Single!
        : throw new KeyNotFoundException($"The route has no param '{name}'. Params of this route: {string.Join(", ", Keys)}.");

    IReadOnlyList<string> IReadOnlyDictionary<string, IReadOnlyList<string>>.this[string key] => GetAll(key);

    /// <summary>The segments of a param (one element for <c>[id]</c>); empty when absent.</summary>
    public IReadOnlyList<string> GetAll(string name) => Find(name)?.Values ?? [];

    /// <summary>True when the param's value is a list (a catch-all).</summary>
    public bool IsList(string name) => Find(name)?.List is not null;

    /// <inheritdoc />
    public IEnumerable<string> Keys => Items.Select(i => i.Name);

    /// <inheritdoc />
    public IEnumerable<IReadOnlyList<string>> Values => Items.Select(i => i.Values);

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => Find(key) is not null;

    /// <inheritdoc />
    public bool TryGetValue(string key, out IReadOnlyList<string> value)
    {
        value = Find(key)?.Values ?? [];
        return Find(key) is not null;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() =>
        Items.Select(i => new KeyValuePair<string, IReadOnlyList<string>>(i.Name, i.Values)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<Param> Items => _items.Take(_count);

    private void Append(Param item)
    {
        if (_count == _items.Length)
            Array.Resize(ref _items, Math.Max(2, _count * 2));
        _items[_count++] = item;
    }

    private Param? Find(string name)
    {
        for (var i = 0; i < _count; i++)
            if (_items[i].Name == name) return _items[i];
        return null;
    }

    private readonly record struct Param(string Name, string? Single, IReadOnlyList<string>? List)
    {
        public IReadOnlyList<string> Values => List ?? [Single!];
    }
}
