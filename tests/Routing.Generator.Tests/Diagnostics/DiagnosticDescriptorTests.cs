extern alias generator;

using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using DiagnosticDescriptors = generator::Nextfunc.Routing.Generator.Diagnostics.DiagnosticDescriptors;
using DiagnosticIds = generator::Nextfunc.Routing.Conventions.DiagnosticIds;
using DiagnosticInfo = generator::Nextfunc.Routing.Generator.Model.DiagnosticInfo;
using SourceLocation = generator::Nextfunc.Routing.Generator.Model.SourceLocation;

namespace Nextfunc.Routing.Generator.Tests.Diagnostics;

/// <summary>The descriptors themselves: one per id, each with a message format that takes its values as arguments.</summary>
[Trait("Category", "InProcess")]
public class DiagnosticDescriptorTests
{
    public static TheoryData<string> Ids() => new(AllIds());

    private static IEnumerable<string> AllIds() =>
        typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_EveryId_HasAFormatWithNumberedArgumentsFromZero(string id)
    {
        // Arrange
        var descriptor = DiagnosticDescriptors.Get(id);

        // Act
        var format = descriptor.MessageFormat.ToString();
        var indexes = Regex.Matches(format, @"(?<!\{)\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value)).Distinct().Order().ToList();

        // Assert
        Assert.Equal(id, descriptor.Id);
        Assert.NotEqual("{0}", format);
        Assert.NotEmpty(indexes);
        Assert.Equal(Enumerable.Range(0, indexes.Count), indexes);
        Assert.True(format.Length > 20, $"{id}: '{format}' is not a sentence");
    }

    [Fact]
    public void Descriptors_All_CoverEveryIdOnce()
    {
        // Arrange
        var ids = AllIds().ToList();

        // Act
        var described = DiagnosticDescriptors.All.Select(d => d.Id).ToList();

        // Assert
        Assert.Equal(ids.Order(), described.Order());
    }

    [Fact]
    public void ToDiagnostic_WithArguments_FillsTheFormatInOrder()
    {
        // Arrange
        var info = DiagnosticInfo.Create(DiagnosticIds.DuplicateMiddleware, new SourceLocation("/proj/src/middleware.cs", default, default),
            "src/middleware.cs", "middleware.cs");

        // Act
        var message = info.ToDiagnostic().GetMessage();

        // Assert
        Assert.StartsWith("'src/middleware.cs' is a second middleware file beside 'middleware.cs';", message);
    }

    [Fact]
    public void DiagnosticInfo_SameArgumentsInNewArrays_AreEqual()
    {
        // Arrange: incremental steps compare models holding diagnostics; the arguments must compare by value.
        var location = new SourceLocation("/proj/app/route.cs", default, default);
        var first = DiagnosticInfo.Create(DiagnosticIds.NoRouteClass, location, "app/route.cs", "0");

        // Act
        var second = DiagnosticInfo.Create(DiagnosticIds.NoRouteClass, location, new string("app/route.cs".ToCharArray()), "0");
        var other = DiagnosticInfo.Create(DiagnosticIds.NoRouteClass, location, "app/route.cs", "2");

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
    }
}
