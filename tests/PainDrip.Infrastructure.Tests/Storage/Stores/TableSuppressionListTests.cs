using PainDrip.Core.Email;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableSuppressionListTests(AzuriteFixture azurite)
{
    private readonly StoreTestKit _kit = new(azurite);
    private TableSuppressionList List => new(_kit.Tables, _kit.Tokens, TimeProvider.System);

    [Fact]
    public async Task IsSuppressedAsync_AddedInOtherCase_ReturnsTrue()
    {
        await List.AddAsync(" Ana.Bell@Example.org ", SuppressionReason.Bounce);

        Assert.True(await List.IsSuppressedAsync("ana.bell@example.ORG"));
        Assert.False(await List.IsSuppressedAsync("bo@example.org"));
    }

    [Fact]
    public async Task AddAsync_Twice_KeepsOneRowWithTheNewerReason()
    {
        await List.AddAsync("ana@example.org", SuppressionReason.Unsubscribe);
        await List.AddAsync("ana@example.org", SuppressionReason.Erased);

        var rows = await _kit.RowsAsync(StoreTables.Suppressions);
        Assert.Equal("Erased", Assert.Single(rows).GetString("Reason"));
    }

    [Fact]
    public async Task AddAsync_Address_StoresOnlyItsHash()
    {
        await List.AddAsync("Ana.Bell@Example.org", SuppressionReason.SpamReport);

        var row = Assert.Single(await _kit.RowsAsync(StoreTables.Suppressions));
        Assert.Equal(_kit.Tokens.Fingerprint("ana.bell@example.org"), row.PartitionKey);
        var text = string.Join("|", row.Select(p => p.Value.ToString()));
        Assert.Contains(row.PartitionKey, text);
        Assert.DoesNotContain("ana", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example", text, StringComparison.OrdinalIgnoreCase);
    }
}
