using System.Text.Json;
using Azure.Data.Tables;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Storage;
using PainDrip.Infrastructure.Storage.Stores;
using PainDrip.TestSupport;

namespace PainDrip.Infrastructure.Tests.Storage.Stores;

[Collection(AzuriteCollection.Name)]
public sealed class TableEnrollmentStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly StoreTestKit _kit = new(azurite);
    private TableEnrollmentStore Store => new(_kit.Tables, _kit.Tokens);

    private Task<EnrollmentRecord> AddAsync(string email = "Ana@Example.org", Enrollment? enrollment = null) =>
        Store.AddAsync(enrollment ?? StoreTestKit.Enrollment(), new Contact(email, "Ana"), StoreTestKit.Now, None);

    [Fact]
    public async Task FindAsync_AddedEnrollment_ReturnsTheSameStateContactAndETag()
    {
        var added = await AddAsync();

        var found = await Store.FindAsync(added.Id, None);

        Assert.NotNull(found);
        Assert.Equal(JsonOf(added.Enrollment), JsonOf(found.Enrollment));
        Assert.Equal(added.Enrollment.Sent[0], found.Enrollment.Sent[0]);
        Assert.Equal((added.Contact, added.ConsentedAt, added.ETag), (found.Contact, found.ConsentedAt, found.ETag));
        Assert.NotEmpty(found.ETag);
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.FindAsync(StoreTestKit.NewId(), None));
    }

    [Fact]
    public async Task FindByEmailAsync_OtherCaseAndSpaces_FindsTheEnrollment()
    {
        var added = await AddAsync("Ana@Example.org");

        var found = await Store.FindByEmailAsync("  ana@EXAMPLE.org ", None);

        Assert.Equal(added.Id, found?.Id);
        Assert.Null(await Store.FindByEmailAsync("bo@example.org", None));
    }

    [Fact]
    public async Task AddAsync_AddressEnrolledAlready_ThrowsAlreadyExistsAndKeepsTheFirst()
    {
        var first = await AddAsync("ana@example.org");

        var error = await Assert.ThrowsAsync<StoreConflictException>(() => AddAsync(" ANA@example.org"));

        Assert.Equal(StoreConflict.AlreadyExists, error.Conflict);
        Assert.Equal(first.Id, (await Store.FindByEmailAsync("ana@example.org", None))?.Id);
    }

    [Fact]
    public async Task AddAsync_IdTaken_ThrowsAlreadyExistsAndLeavesNoIndexRow()
    {
        var first = await AddAsync("ana@example.org");

        var error = await Assert.ThrowsAsync<StoreConflictException>(
            () => AddAsync("bo@example.org", StoreTestKit.Enrollment(first.Id)));

        Assert.Equal(StoreConflict.AlreadyExists, error.Conflict);
        var index = await _kit.TableAsync(StoreTables.EmailIndex);
        Assert.Null(await index.FindAsync(_kit.Tokens.Fingerprint("bo@example.org"), "email", None));
    }

    [Fact]
    public async Task SaveAsync_CurrentETag_SavesAndReturnsANewETag()
    {
        var added = await AddAsync();

        var saved = await Store.SaveAsync(added with { Enrollment = added.Enrollment.AdvanceTo(Phase.Return) }, None);

        Assert.NotEqual(added.ETag, saved.ETag);
        var found = await Store.FindAsync(added.Id, None);
        Assert.Equal((Phase.Return, saved.ETag), (found!.Enrollment.Phase, found.ETag));
    }

    [Fact]
    public async Task SaveAsync_StaleETag_ThrowsChanged()
    {
        var added = await AddAsync();
        await Store.SaveAsync(added with { Enrollment = added.Enrollment.AdvanceTo(Phase.Return) }, None);

        var error = await Assert.ThrowsAsync<StoreConflictException>(
            () => Store.SaveAsync(added with { Enrollment = added.Enrollment.WithStatus(EnrollmentStatus.Paused) }, None));

        Assert.Equal(StoreConflict.Changed, error.Conflict);
        Assert.Equal(Phase.Return, (await Store.FindAsync(added.Id, None))!.Enrollment.Phase);
    }

    [Fact]
    public async Task SaveAsync_ErasedEnrollment_ThrowsMissing()
    {
        var added = await AddAsync();
        await Store.EraseAsync(added.Id, None);

        var error = await Assert.ThrowsAsync<StoreConflictException>(() => Store.SaveAsync(added, None));

        Assert.Equal(StoreConflict.Missing, error.Conflict);
    }

    [Fact]
    public async Task SaveAsync_ManySentEmails_StoresStateOverSeveralProperties()
    {
        var added = await AddAsync();
        var sent = Enumerable.Range(0, 400)
            .Select(day => new SentEmail(EmailKind.Lesson, $"lesson-{day:D3}-with-a-rather-long-name", Phase.Strength, day, StoreTestKit.Now))
            .ToList();

        await Store.SaveAsync(added with { Enrollment = added.Enrollment with { Sent = sent } }, None);

        Assert.Equal(400, (await Store.FindAsync(added.Id, None))!.Enrollment.Sent.Count);
    }

    [Fact]
    public async Task ExportAsync_Enrolled_ReturnsContactConsentAndState()
    {
        var added = await AddAsync();

        var rows = await Store.ExportAsync(added.Id, None);

        var row = Assert.Single(rows);
        Assert.Equal(("Ana@Example.org", "Ana"), (row["Email"], row["FirstName"]));
        Assert.Equal(added.ConsentedAt.ToDateTimeOffset(), row["ConsentedAt"]);
        Assert.Equal("strength", ((JsonElement)row["Enrollment"]!).GetProperty("phase").GetString());
    }

    [Fact]
    public async Task EraseAsync_Enrolled_RemovesRowAndIndexSoTheAddressCanEnrollAgain()
    {
        var added = await AddAsync();

        Assert.Equal(2, await Store.EraseAsync(added.Id, None));

        Assert.Empty(await Store.ExportAsync(added.Id, None));
        Assert.Null(await Store.FindByEmailAsync("ana@example.org", None));
        Assert.NotNull(await AddAsync());
        Assert.Equal(0, await Store.EraseAsync(StoreTestKit.NewId(), None));
    }

    [Fact]
    public async Task AddAsync_StaleOrphanIndexRow_TakesTheAddressOver()
    {
        var index = await _kit.TableAsync(StoreTables.EmailIndex);
        await index.AddEntityAsync(new TableEntity(_kit.Tokens.Fingerprint("ana@example.org"), "email") { ["EnrollmentId"] = "gone" });

        var added = await Store.AddAsync(
            StoreTestKit.Enrollment(), new Contact("ana@example.org", "Ana"), SystemNow() + Duration.FromMinutes(10), None);

        Assert.Equal(added.Id, (await Store.FindByEmailAsync("ana@example.org", None))?.Id);
    }

    [Fact]
    public async Task AddAsync_YoungOrphanIndexRow_ThrowsAlreadyExists()
    {
        var index = await _kit.TableAsync(StoreTables.EmailIndex);
        await index.AddEntityAsync(new TableEntity(_kit.Tokens.Fingerprint("ana@example.org"), "email") { ["EnrollmentId"] = "in-flight" });

        var error = await Assert.ThrowsAsync<StoreConflictException>(() => Store.AddAsync(
            StoreTestKit.Enrollment(), new Contact("ana@example.org", "Ana"), SystemNow(), None));

        Assert.Equal(StoreConflict.AlreadyExists, error.Conflict);
    }

    // Azurite stamps rows with the real time, so orphan ages are measured against it.
    private static Instant SystemNow() => SystemClock.Instance.GetCurrentInstant();

    private static string JsonOf(Enrollment enrollment) => JsonSerializer.Serialize(enrollment, StoreJson.Options);
}
