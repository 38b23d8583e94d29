using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PainDrip.Core.Email;
using PainDrip.Core.Ports;
using PainDrip.Functions.Services;
using PainDrip.Functions.Tests.Support;
using static PainDrip.Functions.Tests.Support.PersonalDataStores;

namespace PainDrip.Functions.Tests.Services;

public sealed class PersonalDataServiceTests
{
    private const string Id = "enr-1";
    private static readonly Instant Now = Instant.FromUtc(2026, 4, 1, 10, 30);

    private readonly IEnrollmentStore _enrollments = Substitute.For<IEnrollmentStore>();
    private readonly ISuppressionList _suppressions = Substitute.For<ISuppressionList>();
    private readonly IDueIndex _dueIndex = Substitute.For<IDueIndex>();
    private readonly IInbox _inbox = Substitute.For<IInbox>();
    private readonly IPersonalData _enrollmentRows = Store("Enrollments", Id, Row(("PartitionKey", Id), ("Status", "active")));
    private readonly IPersonalData _deliveries = Store("Deliveries", Id, Row(("LessonId", "welcome")), Row(("LessonId", "mobility-1")));
    private readonly IPersonalData _progress = Store("Progress", Id, Row(("At", Now), ("Kind", "EmailSent")));

    private PersonalDataService Service() => new(
        [_enrollmentRows, _deliveries, _progress], _enrollments, _suppressions, _dueIndex, _inbox, new FixedClock(Now),
        NullLogger<PersonalDataService>.Instance);

    [Fact]
    public async Task ExportAsync_RowsInSeveralStores_GroupsThemByStoreName()
    {
        var export = await Service().ExportAsync(Id, default);

        Assert.NotNull(export);
        Assert.Equal(Id, export.EnrollmentId);
        Assert.Equal("2026-04-01T10:30:00Z", export.ExportedAt);
        Assert.Equal(["Deliveries", "Progress", "Enrollments"], export.Data.Keys);
        Assert.Equal(["welcome", "mobility-1"], export.Data["Deliveries"].Select(row => row["LessonId"]));
        Assert.Equal("active", Assert.Single(export.Data["Enrollments"])["Status"]);
    }

    [Fact]
    public async Task ExportAsync_NodaTimeValue_WritesIsoText()
    {
        var export = await Service().ExportAsync(Id, default);

        Assert.Equal("2026-04-01T10:30:00Z", Assert.Single(export!.Data["Progress"])["At"]);
    }

    [Theory]
    [InlineData("~unrouted")]
    [InlineData("~pending")]
    [InlineData("enr/1")]
    [InlineData("")]
    public async Task ExportAndErase_StorePartitionOrNoId_TouchNoStore(string id)
    {
        Assert.Null(await Service().ExportAsync(id, default));
        Assert.Null(await Service().EraseAsync(id, default));

        await _deliveries.DidNotReceiveWithAnyArgs().ExportAsync(default!, default);
        await _deliveries.DidNotReceiveWithAnyArgs().EraseAsync(default!, default);
        await _dueIndex.DidNotReceiveWithAnyArgs().CancelAsync(default!, default);
    }

    [Fact]
    public async Task ExportAsync_NothingStored_ReturnsNull()
    {
        Assert.Null(await Service().ExportAsync("enr-unknown", default));
    }

    [Fact]
    public async Task EraseAsync_KnownEnrollment_SuppressesFirstThenCancelsThenErasesEveryStore()
    {
        _enrollments.FindAsync(Id, Arg.Any<CancellationToken>()).Returns(Records.Enrollment(Id, "Sam@Example.com"));
        _inbox.EraseUnroutedFromAsync("Sam@Example.com", Arg.Any<CancellationToken>()).Returns(1);

        var report = await Service().EraseAsync(Id, default);

        Assert.NotNull(report);
        Assert.True(report.Suppressed);
        Assert.Equal(
            new Dictionary<string, int> { ["InboxUnrouted"] = 1, ["Deliveries"] = 2, ["Progress"] = 1, ["Enrollments"] = 1 },
            report.RowsErased);
        Received.InOrder(() =>
        {
            _suppressions.AddAsync("Sam@Example.com", SuppressionReason.Erased, Arg.Any<CancellationToken>());
            _inbox.EraseUnroutedFromAsync("Sam@Example.com", Arg.Any<CancellationToken>());
            _dueIndex.CancelAsync(Id, Arg.Any<CancellationToken>());
            _deliveries.EraseAsync(Id, Arg.Any<CancellationToken>());
            _progress.EraseAsync(Id, Arg.Any<CancellationToken>());
            // The row with the address goes last, so an interrupted erase can be rerun by id.
            _enrollmentRows.EraseAsync(Id, Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task EraseAsync_StoreFailsMidway_AddressIsSuppressedAlready()
    {
        _enrollments.FindAsync(Id, Arg.Any<CancellationToken>()).Returns(Records.Enrollment(Id));
        _progress.EraseAsync(Id, Arg.Any<CancellationToken>()).ThrowsAsync(new IOException("storage down"));

        await Assert.ThrowsAsync<IOException>(() => Service().EraseAsync(Id, default));

        await _suppressions.Received(1).AddAsync("sam@example.com", SuppressionReason.Erased, Arg.Any<CancellationToken>());
        await _enrollmentRows.DidNotReceive().EraseAsync(Arg.Any<string>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EraseAsync_Twice_SecondFindsNothingAndSuppressesOnce()
    {
        _enrollments.FindAsync(Id, Arg.Any<CancellationToken>()).Returns(Records.Enrollment(Id), (EnrollmentRecord?)null);
        var service = Service();

        var first = await service.EraseAsync(Id, default);
        var second = await service.EraseAsync(Id, default);

        Assert.NotNull(first);
        Assert.Null(second);
        await _suppressions.Received(1).AddAsync(Arg.Any<string>(), Arg.Any<SuppressionReason>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EraseAsync_LeftoversWithoutEnrollment_ErasesThemWithoutSuppressing()
    {
        var report = await Service().EraseAsync(Id, default);

        Assert.NotNull(report);
        Assert.False(report.Suppressed);
        Assert.Equal(2, report.RowsErased["Deliveries"]);
        await _suppressions.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
    }

    [Fact]
    public async Task EraseAsync_UnknownId_ReturnsNullAndSuppressesNothing()
    {
        Assert.Null(await Service().EraseAsync("enr-unknown", default));
        await _suppressions.DidNotReceiveWithAnyArgs().AddAsync(default!, default, default);
    }

    [Fact]
    public async Task ResolveAsync_Email_FindsTheEnrollmentThroughTheAddressIndex()
    {
        _enrollments.FindByEmailAsync("sam@example.com", Arg.Any<CancellationToken>()).Returns(Records.Enrollment(Id));

        Assert.Equal(Id, await Service().ResolveAsync(PersonReference.FromEmail(" sam@example.com ")!, default));
        Assert.Null(await Service().ResolveAsync(PersonReference.FromEmail("nobody@example.com")!, default));
    }
}
