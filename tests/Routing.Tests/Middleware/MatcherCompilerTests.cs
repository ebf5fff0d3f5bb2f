using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Tests.Middleware;

[Trait("Category", "InProcess")]
public sealed class MatcherCompilerTests
{
    [Fact]
    public void Root_gets_its_own_index_suffix() =>
        Assert.Equal("/:nextData(_next/data/[^/]{1,})?/(/?index|/?index\\.json)?", MatcherCompiler.Wrap("/"));

    [Fact]
    public void Wrapped_length_limit_names_the_source_and_the_room_left()
    {
        var source = "/" + new string('a', 4053); // 4054: valid alone, 4097 once wrapped
        Assert.Null(MatcherCompiler.CheckSource(source, out _));
        Assert.False(MatcherCompiler.TryCompile(new MatcherEntry(source), out _, out var error));
        Assert.Contains("exceeds max built length of 4096", error);
        Assert.Contains("at most 4053 characters", error);
    }

    [Fact]
    public void Invalid_value_regex_is_a_build_error_naming_the_item()
    {
        var entry = new MatcherEntry("/a", Missing: [new MatchCondition(MatchConditionType.Header, "x"), new MatchCondition(MatchConditionType.Query, "q", "a(")]);
        Assert.False(MatcherCompiler.TryCompile(entry, out _, out var error));
        Assert.Contains("missing[1]", error);
        Assert.Contains("'a('", error);
    }

    [Fact]
    public void Host_condition_needs_a_value_and_no_key()
    {
        Assert.False(MatcherCompiler.TryCompile(new MatcherEntry("/a", [new MatchCondition(MatchConditionType.Host, null)]), out _, out var e1));
        Assert.Contains("host must have a value", e1);
        Assert.False(MatcherCompiler.TryCompile(new MatcherEntry("/a", [new MatchCondition(MatchConditionType.Host, "h", "x")]), out _, out var e2));
        Assert.Contains("'key'", e2);
    }

    [Fact]
    public void Header_keys_are_lower_cased_and_an_empty_value_means_no_value()
    {
        Assert.True(MatcherCompiler.TryCompile(new MatcherEntry("/a", [new MatchCondition(MatchConditionType.Header, "X-Want", "")]), out var c, out _));
        Assert.Equal(new CompiledMatchCondition(MatchConditionType.Header, "x-want", null), c.Has[0]);
    }

    [Fact]
    public void Empty_array_is_valid()
    {
        Assert.True(MatcherConfigReader.TryRead(new List<object?>(), out var entries, out _));
        Assert.Empty(entries);
    }

    [Fact]
    public void Locale_other_than_false_is_refused()
    {
        var value = new List<object?> { new Dictionary<string, object?> { ["source"] = "/a", ["locale"] = true } };
        Assert.False(MatcherConfigReader.TryRead(value, out _, out var error));
        Assert.Contains("matcher[0].locale", error);
    }
}
