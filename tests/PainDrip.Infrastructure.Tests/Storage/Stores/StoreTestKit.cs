using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Infrastructure.Security;
using PainDrip.Infrastructure.Storage;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

/// <summary>Fresh tables (a new prefix) on the shared Azurite for one test, and the data the stores keep.</summary>
internal sealed class StoreTestKit
{
    public static readonly Instant Now = Instant.FromUtc(2030, 3, 4, 8, 0);

    public StoreTestKit(AzuriteFixture azurite)
    {
        Service = new TableServiceClient(
            azurite.ConnectionString, TableStorageServiceCollectionExtensions.ClientOptions(new TableStoragePolicies(Counter)));
        Tables = new TableSet(Service, new TableStoreOptions { TablePrefix = "s" + Guid.NewGuid().ToString("N")[..10] });
        Tokens = new LinkTokens(
            Options.Create(new LinkSigningOptions { Secret = "stores-test-secret-stores-test-secret-0123" }), TimeProvider.System);
    }

    public TableServiceClient Service { get; }

    /// <summary>Every request the kit's client sends (table creation included; reset it after warming up).</summary>
    public TableRequestCounter Counter { get; } = new();

    public TableSet Tables { get; }

    public LinkTokens Tokens { get; }

    public Task<TableClient> TableAsync(string table) => Tables.GetAsync(table, CancellationToken.None);

    /// <summary>Every row of one store table, read straight from Azurite.</summary>
    public async Task<List<TableEntity>> RowsAsync(string table, string? filter = null)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in (await TableAsync(table)).QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Writes the rows straight into one partition of a store table, 100 to a transaction.</summary>
    public async Task SeedAsync(string table, IEnumerable<TableEntity> rows)
    {
        var client = await TableAsync(table);
        foreach (var batch in rows.Chunk(100))
        {
            await client.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        }
    }

    public static string NewId() => Guid.NewGuid().ToString("D");

    public static Enrollment Enrollment(string? id = null) =>
        new(id ?? NewId(), EnrollmentStatus.Active, Profile(), "Europe/Berlin", 8)
        {
            ConfirmedAt = Now,
            StartDate = new LocalDate(2030, 3, 4),
            Phase = Phase.Strength,
            Holds = 1,
            LastSlotDay = 9,
            Sent = [new SentEmail(EmailKind.Lesson, "strength-01", Phase.Strength, 9, Now + Duration.FromTicks(12_345))],
            LatestPain = 4,
            AwaitingCheckin = true,
            RevealedTriggers = new HashSet<Trigger> { Trigger.PhoneUse },
            RevealedAreas = new HashSet<Area> { Area.Neck },
        };

    private static SymptomProfile Profile() => new(
        [Area.BetweenShoulderBlades, Area.UpperBack], Side.Both, Hand.Right, new LocalDate(2030, 2, 20), 5,
        Severity.Moderate, [Trigger.DeskPosture], []);
}
