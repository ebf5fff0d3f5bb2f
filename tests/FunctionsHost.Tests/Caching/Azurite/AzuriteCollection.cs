namespace Nextfunc.Tests.Caching.Azurite;

/// <summary>Test classes marked <c>[Collection(AzuriteCollection.Name)]</c> share one <see cref="AzuriteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
