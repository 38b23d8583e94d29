using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableProgressLogTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly StoreTestKit _kit = new(azurite);
    private TableProgressLog Log => new(_kit.Tables);

    private static ProgressEntry Entry(int hours, ProgressKind kind, int? pain = null) =>
        new(StoreTestKit.Now + Duration.FromHours(hours), kind, Phase.Mobility, pain, kind == ProgressKind.EmailSent ? "mobility-02" : null);

    [Fact]
    public async Task ListAsync_AppendedOutOfOrder_ReturnsOldestFirst()
    {
        var id = StoreTestKit.NewId();
        await Log.AppendAsync(id, Entry(5, ProgressKind.ReplyRead, pain: 3), None);
        await Log.AppendAsync(id, Entry(1, ProgressKind.Confirmed), None);
        await Log.AppendAsync(id, Entry(3, ProgressKind.EmailSent), None);
        await Log.AppendAsync(StoreTestKit.NewId(), Entry(0, ProgressKind.Enrolled), None);

        var entries = await Log.ListAsync(id, None);

        Assert.Equal([Entry(1, ProgressKind.Confirmed), Entry(3, ProgressKind.EmailSent), Entry(5, ProgressKind.ReplyRead, pain: 3)], entries);
    }

    [Fact]
    public async Task AppendAsync_SameInstantTwice_KeepsBoth()
    {
        var id = StoreTestKit.NewId();

        await Log.AppendAsync(id, Entry(1, ProgressKind.RedFlag), None);
        await Log.AppendAsync(id, Entry(1, ProgressKind.PhaseChanged), None);

        Assert.Equal(2, (await Log.ListAsync(id, None)).Count);
    }

    [Fact]
    public async Task EraseAsync_Timeline_ExportThenIsEmpty()
    {
        var id = StoreTestKit.NewId();
        await Log.AppendAsync(id, Entry(1, ProgressKind.Confirmed), None);
        await Log.AppendAsync(id, Entry(2, ProgressKind.ReplyRead, pain: 4), None);
        var exported = await Log.ExportAsync(id, None);

        Assert.Equal(2, await Log.EraseAsync(id, None));

        Assert.Equal(["Confirmed", "ReplyRead"], exported.Select(row => row["Kind"]));
        Assert.Equal(4, exported[1]["PainScore"]);
        Assert.Empty(await Log.ExportAsync(id, None));
        Assert.Empty(await Log.ListAsync(id, None));
    }

    [Fact]
    public async Task EraseAsync_TimelineLongerThanOnePage_ListsEveryEntryThenErasesThemAll()
    {
        var id = StoreTestKit.NewId();
        var entries = Enumerable.Range(0, 1_150).Select(hour => Entry(hour, ProgressKind.ReplyRead, pain: hour % 11)).ToList();
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (entry, ct) => await Log.AppendAsync(id, entry, ct));

        Assert.Equal(entries, await Log.ListAsync(id, None));

        Assert.Equal(1_150, await Log.EraseAsync(id, None));
        Assert.Empty(await Log.ListAsync(id, None));
    }
}
