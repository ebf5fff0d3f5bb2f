using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Nextfunc.Routing.Middleware.Patterns;

/// <summary>
/// Reads a <c>config.matcher</c> value the way Next's <c>MiddlewareConfigInputSchema</c> does, from a plain
/// value tree: <see cref="string"/>, <see cref="bool"/>, <see cref="IReadOnlyList{T}"/> of values and
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to value (what a JSON or C# initializer gives).
/// Accepts a string, or an array of strings and strict <c>{ source, has?, missing?, locale?: false }</c>
/// objects; a lone object is refused, and <c>[]</c> is valid and never matches.
/// </summary>
/// <example>
/// <c>MatcherConfigReader.TryRead(new object[] { "/api/:path*" }, out var entries, out var error)</c> gives one entry.
/// </example>
internal static class MatcherConfigReader
{
    private static readonly string[] EntryKeys = { "source", "has", "missing", "locale" };

    /// <summary>Reads the matcher value; on failure the error names the offending item and its source.</summary>
    public static bool TryRead(object? matcher, [NotNullWhen(true)] out IReadOnlyList<MatcherEntry>? entries, [NotNullWhen(false)] out string? error)
    {
        entries = null;
        if (matcher is string single)
        {
            entries = new[] { new MatcherEntry(single) };
            error = null;
            return true;
        }
        if (matcher is IReadOnlyDictionary<string, object?> lone)
        {
            var source = lone.TryGetValue("source", out var s) && s is string str ? str : "/your/path";
            error = "Expected string, received object at \"matcher\", or Expected array, received object at \"matcher\": "
                + "a single matcher object must be wrapped in an array, e.g. matcher: [{ source: '" + source + "' }]";
            return false;
        }
        if (matcher is not IReadOnlyList<object?> list)
        {
            error = "matcher must be a string or an array of strings and matcher objects at \"matcher\"";
            return false;
        }

        var result = new List<MatcherEntry>();
        for (var i = 0; i < list.Count; i++)
        {
            var at = "matcher[" + i + "]";
            if (list[i] is string item)
            {
                result.Add(new MatcherEntry(item));
                continue;
            }
            if (list[i] is not IReadOnlyDictionary<string, object?> obj)
            {
                error = "must be an array of strings or middleware matchers at \"" + at + "\"";
                return false;
            }
            if ((error = ReadEntry(obj, at, out var entry)) != null)
                return false;
            result.Add(entry!);
        }
        entries = result;
        error = null;
        return true;
    }

    private static string? ReadEntry(IReadOnlyDictionary<string, object?> obj, string at, out MatcherEntry? entry)
    {
        entry = null;
        var source = obj.TryGetValue("source", out var s) ? s as string : null;
        var context = source is null ? "" : " (source '" + source + "')";
        var unknown = Unknown(obj.Keys, EntryKeys);
        if (unknown != null)
            return "Unrecognized key(s) in object: " + unknown + " at \"" + at + "\"" + context
                + ". A matcher object only has source, has, missing and locale";
        if (source is null)
            return "source is required at \"" + at + ".source\": give the object a string source such as '/about/:path*'";
        if (obj.TryGetValue("locale", out var locale) && locale is not null && !(locale is bool b && !b))
            return "locale must be false or left out at \"" + at + ".locale\"" + context;

        var error = ReadConditions(obj, "has", at, context, out var has);
        if (error != null)
            return error;
        error = ReadConditions(obj, "missing", at, context, out var missing);
        if (error != null)
            return error;
        entry = new MatcherEntry(source, has, missing);
        return null;
    }

    private static string? ReadConditions(IReadOnlyDictionary<string, object?> obj, string name, string at, string context, out IReadOnlyList<MatchCondition>? conditions)
    {
        conditions = null;
        if (!obj.TryGetValue(name, out var raw) || raw is null)
            return null;
        if (raw is not IReadOnlyList<object?> items)
            return "Expected array at \"" + at + "." + name + "\"" + context;
        var result = new List<MatchCondition>();
        for (var i = 0; i < items.Count; i++)
        {
            var where = at + "." + name + "[" + i + "]";
            if (items[i] is not IReadOnlyDictionary<string, object?> item)
                return "Expected object at \"" + where + "\"" + context;
            var typeText = item.TryGetValue("type", out var t) ? t as string : null;
            MatchConditionType type;
            switch (typeText)
            {
                case "header": type = MatchConditionType.Header; break;
                case "cookie": type = MatchConditionType.Cookie; break;
                case "query": type = MatchConditionType.Query; break;
                case "host": type = MatchConditionType.Host; break;
                default:
                    return "Invalid discriminator value. Expected 'header' | 'query' | 'cookie' | 'host' at \"" + where
                        + ".type\"" + context + (typeText is null ? "" : ": got '" + typeText + "' (types are lower-case)");
            }
            var allowed = type == MatchConditionType.Host ? new[] { "type", "value" } : new[] { "type", "key", "value" };
            var unknown = Unknown(item.Keys, allowed);
            if (unknown != null)
                return "Unrecognized key(s) in object: " + unknown + " at \"" + where + "\"" + context;
            var key = item.TryGetValue("key", out var k) ? k : null;
            var value = item.TryGetValue("value", out var v) ? v : null;
            if (value is not null and not string)
                return "value must be a string at \"" + where + ".value\"" + context;
            if (type == MatchConditionType.Host && value is null)
                return "host must have a value at \"" + where + ".value\"" + context + ": write { type: 'host', value: 'example\\\\.com' }";
            if (type != MatchConditionType.Host && key is not string)
                return "key is required when type is header, query or cookie at \"" + where + ".key\"" + context;
            result.Add(new MatchCondition(type, key as string, value as string));
        }
        conditions = result;
        return null;
    }

    private static string? Unknown(IEnumerable<string> keys, string[] allowed)
    {
        var sb = new StringBuilder();
        foreach (var key in keys)
        {
            if (System.Array.IndexOf(allowed, key) >= 0)
                continue;
            if (sb.Length > 0) sb.Append(", ");
            sb.Append('\'').Append(key).Append('\'');
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
