using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Nextfunc.Pipeline;
using Nextfunc.Settings;

namespace Nextfunc.Tests.Pipeline;

/// <summary>AuthLevel checked where the Functions host did not check it, with the keys the app accepts.</summary>
[Trait("Category", "InProcess")]
public sealed class FunctionKeysTests
{
    private static FunctionKeys Keys(string[]? function = null, string[]? admin = null) => new(Options.Create(new NextfuncOptions
    {
        Keys = new NextfuncKeysOptions { Function = function ?? [], Admin = admin ?? [] },
    }));

    private static HttpRequest Request(string? header = null, string? code = null)
    {
        var context = new DefaultHttpContext();
        if (header is not null) context.Request.Headers["x-functions-key"] = header;
        if (code is not null) context.Request.QueryString = new QueryString("?code=" + Uri.EscapeDataString(code));
        return context.Request;
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("wrong", null, false)]
    [InlineData("fk", null, true)]
    [InlineData(null, "fk", true)]
    [InlineData("mk", null, true)]
    [InlineData("wrong", "fk", false)] // the header wins, as at the host
    public void Allows_RewriteToAFunctionLevelRoute_BehindTheHost_NeedsAFunctionOrAdminKey(string? header, string? code, bool allowed) =>
        Assert.Equal(allowed, Keys(["fk"], ["mk"]).Allows(Request(header, code), required: "function", hostChecked: "anonymous"));

    [Theory]
    [InlineData("fk", false)]
    [InlineData("mk", true)]
    public void Allows_AdminLevel_OnlyTheAdminKey(string key, bool allowed) =>
        Assert.Equal(allowed, Keys(["fk"], ["mk"]).Allows(Request(key), required: "admin", hostChecked: "function"));

    [Fact]
    public void Allows_SameOrLowerLevelThanTheHostChecked_NeedsNoKeyHere() =>
        Assert.True(Keys(["fk"]).Allows(Request(), required: "function", hostChecked: "function"));

    [Fact]
    public void Allows_BehindTheHostWithoutKeysConfigured_RefusesAStricterFunction() =>
        Assert.False(Keys().Allows(Request("anything"), required: "function", hostChecked: "anonymous"));

    [Fact]
    public void Allows_StandaloneWithoutKeysConfigured_IsOpen() =>
        Assert.True(Keys().Allows(Request(), required: "admin", hostChecked: null));

    [Fact]
    public void Allows_StandaloneWithKeysConfigured_ChecksThem()
    {
        var keys = Keys(["fk"]);

        Assert.False(keys.Allows(Request(), required: "function", hostChecked: null));
        Assert.True(keys.Allows(Request("fk"), required: "function", hostChecked: null));
        Assert.True(keys.Allows(Request(), required: "anonymous", hostChecked: null));
    }
}
