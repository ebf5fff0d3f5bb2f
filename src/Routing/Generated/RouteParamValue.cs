using System.ComponentModel;
using System.Globalization;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Generated;

/// <summary>
/// The conversions generated handler adapters use for typed route parameters: invariant culture, no
/// reflection (Native AOT safe). The route's constraint checks a value before the handler runs, so the
/// <c>Parse</c> calls only ever see values that convert. For generated code only.
/// </summary>
/// <example>
/// <code>
/// // what the generator emits for GET(int id) in app/api/users/[id]/route.cs
/// UserById.GET(RouteParamValue.Parse&lt;int&gt;(i.Context.Params["id"]))
/// </code>
/// </example>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RouteParamValue
{
    /// <summary>True when <paramref name="value"/> converts to <typeparamref name="T"/> (invariant culture).</summary>
    public static bool IsValid<T>(string value) where T : IParsable<T> =>
        T.TryParse(value, CultureInfo.InvariantCulture, out _);

    /// <summary>Converts a value that <see cref="IsValid{T}"/> accepted.</summary>
    public static T Parse<T>(string value) where T : IParsable<T> =>
        T.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>
    /// True when <paramref name="value"/> is the name of a member of <typeparamref name="T"/>, ignoring case.
    /// Numbers and comma lists are refused: a URL names a member, it does not compute one.
    /// </summary>
    public static bool IsValidEnum<T>(string value) where T : struct, Enum => TryParseEnum<T>(value, out _);

    /// <summary>Converts a value that <see cref="IsValidEnum{T}"/> accepted.</summary>
    public static T ParseEnum<T>(string value) where T : struct, Enum =>
        TryParseEnum<T>(value, out var result)
            ? result
            : throw new FormatException($"'{value}' is not a member of {typeof(T).Name}.");

    /// <summary>The segments of a catch-all (<c>[...slug]</c>) as an array.</summary>
    public static string[] Segments(RouteParams parameters, string name) => [.. parameters.GetAll(name)];

    /// <summary>The segments of an optional catch-all (<c>[[...slug]]</c>); null when the URL had none, as Next.js leaves the key out.</summary>
    public static string[]? OptionalSegments(RouteParams parameters, string name) =>
        parameters.ContainsKey(name) ? [.. parameters.GetAll(name)] : null;

    private static bool TryParseEnum<T>(string value, out T result) where T : struct, Enum
    {
        result = default;
        return value.Length > 0 && (char.IsLetter(value[0]) || value[0] == '_') && !value.Contains(',')
            && Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result);
    }
}
