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

    public bool Holds(ref RequestValues request)
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
        return _value is null || _value.IsMatch(value!);
    }
}
