using System.Text.RegularExpressions;
using Nextfunc.Routing.Middleware.Patterns;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Middleware;

/// <summary>A <see cref="CompiledMatchCondition"/> with its regex built, evaluated like Next's <c>matchHas</c>.</summary>
internal sealed class Condition
{
    private readonly MatchConditionType _type;
    private readonly string? _key;
    private readonly Regex? _value;
    private readonly bool _internalHeader;

    public Condition(CompiledMatchCondition condition, RegexOptions options)
    {
        _type = condition.Type;
        _key = condition.Key;
        _value = condition.ValuePattern is null ? null : new Regex(condition.ValuePattern, options);
        _internalHeader = _type == MatchConditionType.Header && NodeHeaders.IsInternal(_key!);
    }

    public bool Holds(ref RequestValues request) => Holds(ref request, null);

    /// <summary>
    /// <see cref="Holds(ref RequestValues)"/>, and what a config rule's destination may use: the named groups of the value
    /// pattern, or the value itself under the key (letters and digits only) when there is no pattern, as Next's
    /// <c>matchHas</c> gives them.
    /// </summary>
    public bool Holds(ref RequestValues request, Dictionary<string, string>? captures)
    {
        string? value;
        var repeated = false;
        switch (_type)
        {
            case MatchConditionType.Header: value = _internalHeader ? null : request.Header(_key!); break;
            case MatchConditionType.Cookie: value = request.Cookie(_key!); break;
            case MatchConditionType.Query: value = request.Query(_key!, out repeated); break;
            default: value = request.Hostname(); break;
        }
        // Next tests JS truthiness first: absent and "" fail; a repeated query key is an array, always truthy.
        if (!repeated && string.IsNullOrEmpty(value))
            return false;
        if (_value is null)
        {
            if (captures is not null && _key is not null && value is not null)
                captures[SafeName(_key)] = value;
            return true;
        }
        if (captures is null)
            return _value.IsMatch(value!);
        var match = _value.Match(value!);
        if (!match.Success)
            return false;
        foreach (var group in match.Groups.Cast<Group>().Skip(1))
            if (group.Success && !int.TryParse(group.Name, out _))
                captures[group.Name] = group.Value;
        return true;
    }

    private static string SafeName(string key) => string.Concat(key.Where(char.IsAsciiLetterOrDigit));
}
