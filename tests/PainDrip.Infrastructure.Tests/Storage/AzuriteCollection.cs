using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage;

/// <summary>One Azurite for every storage test; tests in a collection run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
