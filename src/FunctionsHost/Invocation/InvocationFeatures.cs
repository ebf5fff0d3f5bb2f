using System.Collections;
using Microsoft.Azure.Functions.Worker;

namespace Nextfunc.Invocation;

/// <summary>The per-invocation feature bag of a <see cref="KestrelFunctionContext"/>; most requests never touch it.</summary>
internal sealed class InvocationFeatures : IInvocationFeatures
{
    private readonly Dictionary<Type, object> _features = [];

    public void Set<T>(T instance)
    {
        if (instance is null) _features.Remove(typeof(T));
        else _features[typeof(T)] = instance;
    }

    public T? Get<T>() => _features.TryGetValue(typeof(T), out var value) ? (T)value : default;

    public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => _features.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
