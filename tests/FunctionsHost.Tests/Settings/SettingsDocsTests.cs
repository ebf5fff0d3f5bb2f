using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Nextfunc.Settings;
using Nextfunc.Tests.Support;

namespace Nextfunc.Tests.Settings;

/// <summary>
/// docs/settings.md cannot drift from the options types: its table of <c>Nextfunc__*</c> settings must be, row for
/// row, what the types say: the name, the default of a new <see cref="NextfuncOptions"/>, the allowed values the
/// start error quotes and the property's XML doc summary. On a difference the failure prints the whole expected table.
/// </summary>
[Trait("Category", "InProcess")]
public sealed partial class SettingsDocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "settings.md"));

    [Fact]
    public void EverySetting_HasARuleForItsStartError_AndEveryRuleASetting()
    {
        var keys = Leaves().Select(l => l.Key).ToList();

        Assert.Equal(keys.Order(), SettingRules.All.Select(r => r.Key).Order());
    }

    [Fact]
    public void TheDocsTable_IsWhatTheOptionsTypesSay()
    {
        var expected = Leaves().Select(Row).ToList();
        var documented = Doc.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("| `Nextfunc__", StringComparison.Ordinal)).ToList();

        Assert.True(expected.SequenceEqual(documented),
            "docs/settings.md's Nextfunc table differs from the options types (XML docs, defaults, SettingRules). Expected rows:\n" +
            string.Join('\n', expected));
    }

    private static string Row((string Key, PropertyInfo Property, object? Default) leaf)
    {
        var rule = SettingRules.All.Single(r => r.Key == leaf.Key);
        return $"| `{rule.EnvironmentVariable}` | {Format(leaf.Default)} | {rule.Allowed} | {Summary(leaf.Property)} |";
    }

    /// <summary>Every leaf setting under <c>Nextfunc</c> with the default a new options object has.</summary>
    private static IEnumerable<(string Key, PropertyInfo Property, object? Default)> Leaves()
    {
        IEnumerable<(string, PropertyInfo, object?)> Walk(string prefix, object instance)
        {
            foreach (var property in instance.GetType().GetProperties())
            {
                var value = property.GetValue(instance);
                var key = $"{prefix}:{property.Name}";
                if (property.PropertyType.IsClass && property.PropertyType.Namespace == typeof(NextfuncOptions).Namespace)
                    foreach (var leaf in Walk(key, value!)) yield return leaf;
                else
                    yield return (key, property, value);
            }
        }
        return Walk(NextfuncOptions.SectionName, new NextfuncOptions());
    }

    private static string Format(object? value) => value switch
    {
        null => "(none)",
        ICollection { Count: 0 } => "(none)",
        bool b => b ? "`true`" : "`false`",
        IFormattable f => $"`{f.ToString(null, CultureInfo.InvariantCulture)}`",
        _ => $"`{value}`",
    };

    /// <summary>The property's XML doc summary as Markdown: <c>&lt;c&gt;</c> becomes code, whitespace one space.</summary>
    private static string Summary(PropertyInfo property)
    {
        var xml = XDocument.Load(Path.ChangeExtension(typeof(NextfuncOptions).Assembly.Location, ".xml"));
        var member = xml.Descendants("member").Single(m => (string?)m.Attribute("name") == $"P:{property.DeclaringType!.FullName}.{property.Name}");
        var text = string.Concat(member.Element("summary")!.Nodes().Select(n => n switch
        {
            XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.').Last() ?? "",
            XElement e => e.Value,
            _ => n.ToString(),
        }));
        return Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
