using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using NSubstitute;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Intake;
using PainDrip.Core.Lessons;
using PainDrip.Core.Ports;
using PainDrip.Core.Replies;
using PainDrip.Functions.Jobs;
using PainDrip.Functions.Services;
using PainDrip.Infrastructure.Content;
using PainDrip.Infrastructure.Email.Addresses;
using PainDrip.Infrastructure.Email.Composition;
using PainDrip.Infrastructure.Security;

namespace PainDrip.Functions.Tests.Support;

/// <summary>
/// The mail services with substituted ports that behave like the stores: an ETag-checked enrollment store,
/// a ledger that refuses a second key, an inbox and a progress log that remember what they were given.
/// Real planner, real lesson library (the content folder copied to the test output), a test clock.
/// </summary>
internal sealed class MailWorld
{
    public static readonly ILessonLibrary Library =
        MarkdownLessonLibrary.Load(Path.Combine(AppContext.BaseDirectory, "content", "lessons"));

    private int _version;

    public MailWorld(Instant? now = null)
    {
        // Monday 3 March 2025, 09:00 in London: daytime, after the 07:00 send hour.
        Clock = new TestClock(now ?? Instant.FromUtc(2025, 3, 3, 9, 0));
        Planner = new ProgramPlanner(Library);
        Tokens = new LinkTokens(Options.Create(new LinkSigningOptions { Secret = "tests-only-secret-that-is-long-enough-0123456789" }), TimeProvider.System);
        Composer = new EmailComposer(Options.Create(new EmailOptions
        {
            FromAddress = "coach@paindrip.test", InboundDomain = "in.paindrip.test",
            PostalAddress = "PainDrip, 1 Test Street, Testville", PublicBaseUrl = "https://paindrip.test",
        }), Tokens);
        WireStore();
        WireLedger();
        WireJournal();
        WireInboxAndProgress();
        CoachQueue.When(q => q.AddAsync(Arg.Any<CoachQueueEntry>(), Arg.Any<CancellationToken>()))
            .Do(call => CoachEntries.Add(call.Arg<CoachQueueEntry>()));
        Mail.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>())
            .Returns(call => { Sent.Add(call.Arg<EmailMessage>()); return new SendResult($"sg-{Sent.Count}"); });
    }

    public TestClock Clock { get; }
    public ProgramPlanner Planner { get; }
    public LinkTokens Tokens { get; }
    public EmailComposer Composer { get; }
    public IEnrollmentStore Enrollments { get; } = Substitute.For<IEnrollmentStore>();
    public IDueIndex DueIndex { get; } = Substitute.For<IDueIndex>();
    public IDeliveryLedger Deliveries { get; } = Substitute.For<IDeliveryLedger>();
    public IInbox Inbox { get; } = Substitute.For<IInbox>();
    public IProgressLog Progress { get; } = Substitute.For<IProgressLog>();
    public ICoachQueue CoachQueue { get; } = Substitute.For<ICoachQueue>();
    public ISuppressionList Suppressions { get; } = Substitute.For<ISuppressionList>();
    public IPersonJournal Journal { get; } = Substitute.For<IPersonJournal>();
    public IProviderConfirmations Confirmations { get; } = Substitute.For<IProviderConfirmations>();

    /// <summary>The ledger's rows, by "{enrollment id}/{key}".</summary>
    public Dictionary<string, Delivery> LedgerRows { get; } = [];
    public IMailSender Mail { get; } = Substitute.For<IMailSender>();

    /// <summary>The store's rows, by enrollment id.</summary>
    public Dictionary<string, EnrollmentRecord> Stored { get; } = [];

    /// <summary>When set, reads return this version instead of the stored one (a run that read before another saved).</summary>
    public Dictionary<string, EnrollmentRecord> StaleReads { get; } = [];

    /// <summary>The due index's entries: enrollment id → when its next email is due.</summary>
    public Dictionary<string, Instant> Due { get; } = [];

    public HashSet<string> LedgerKeys { get; } = [];
    public List<EmailMessage> Sent { get; } = [];
    public List<CoachQueueEntry> CoachEntries { get; } = [];
    public List<(string EnrollmentId, ProgressEntry Entry)> ProgressEntries { get; } = [];
    public List<(InboxItem Item, InboxState State, string? Error)> InboxUpdates { get; } = [];

    public IEnumerable<ProgressKind> ProgressKinds => ProgressEntries.Select(p => p.Entry.Kind);

    /// <summary>A confirmed person whose welcome is due now.</summary>
    public EnrollmentRecord Enroll(string id = "e1", string email = "sam@example.com")
    {
        var profile = new SymptomProfile(
            [Area.BetweenShoulderBlades, Area.Neck], Side.Right, Hand.Right, new LocalDate(2025, 2, 20), 6, Severity.Moderate,
            [Trigger.DeskPosture], []);
        var pending = Enrollment.FromRequest(id, new EnrollmentRequest(email, "Sam", "Europe/London", 7, true, profile));
        var record = new EnrollmentRecord(Planner.Start(pending, Clock.Now), new Contact(email, "Sam"), Clock.Now, NextETag());
        Stored[id] = record;
        return record;
    }

    /// <summary>Replaces the stored row (as another worker's save would).</summary>
    public EnrollmentRecord Put(EnrollmentRecord record) => Stored[record.Id] = record with { ETag = NextETag() };

    public ProgramMailer Mailer() => new(
        Library, Composer, Planner, Journal, Mail, Confirmations, Clock, NullLogger<ProgramMailer>.Instance);

    public ReplyProcessor Replies(IProgramMailer? mailer = null) => new(
        Enrollments, ReplyReader.Instance, Library, Planner, mailer ?? Mailer(), CoachQueue, DueIndex, Journal, Inbox, Clock,
        NullLogger<ReplyProcessor>.Instance, new SenderCheck(new MimeAddressParser(), Tokens));

    public LessonScheduler Scheduler(SchedulerOptions? options = null) => new(
        DueIndex, Enrollments, Planner, Mailer(), Progress, Inbox, Replies(),
        new ProgramResumer(Enrollments, Planner, Mailer(), DueIndex, Progress, NullLogger<ProgramResumer>.Instance), CoachQueue, Clock,
        Options.Create(options ?? new SchedulerOptions { SendConcurrency = 1 }), NullLogger<LessonScheduler>.Instance);

    /// <summary>A stored inbound reply to the person's reply address.</summary>
    public InboxItem Reply(string text, string? enrollmentId = "e1", bool autoReply = false, int attempts = 0, string id = "in-1") => new(
        id, enrollmentId, Clock.Now,
        new InboundMessage("token", "sam@example.com", "Re: your lesson", text, $"{id}@example.com", null, autoReply, null),
        InboxState.Pending, attempts, null);

    /// <summary>The kinds of the messages sent, by their lesson (every lesson title is unique; the Message-ID is opaque).</summary>
    // Titles may carry fill-ins such as "Week {week} check-in"; answers take "Re: " and the person's subject.
    public IEnumerable<EmailKind> SentKinds => Sent.Select(message => Library.All.Single(l => LessonTitles.Matches(l.Title, message.Subject)).Kind);

    private string NextETag() => $"v{++_version}";

    private void WireStore()
    {
        Enrollments.FindAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var id = call.Arg<string>();
            return StaleReads.TryGetValue(id, out var stale) ? stale : Stored.GetValueOrDefault(id);
        });
        Enrollments.SaveAsync(Arg.Any<EnrollmentRecord>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var record = call.Arg<EnrollmentRecord>();
            CheckVersion(record);
            return Put(record);
        });
    }

    // Like the table journal: all or nothing, the ETag checked and a taken delivery key refused before anything is written.
    private void WireJournal()
    {
        Journal.SaveAsync(Arg.Any<EnrollmentRecord>(), Arg.Any<Delivery?>(), Arg.Any<IReadOnlyList<ProgressEntry>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                var (record, delivery) = (call.Arg<EnrollmentRecord>(), call.ArgAt<Delivery?>(1));
                CheckVersion(record);
                if (delivery is not null && !LedgerKeys.Add($"{delivery.EnrollmentId}/{delivery.Key}"))
                {
                    throw new StoreConflictException(StoreConflict.AlreadyExists, "taken");
                }
                if (delivery is not null)
                {
                    LedgerRows[$"{delivery.EnrollmentId}/{delivery.Key}"] = delivery;
                }
                ProgressEntries.AddRange(call.ArgAt<IReadOnlyList<ProgressEntry>>(2).Select(entry => (record.Id, entry)));
                return Put(record);
            });
        Journal.ConfirmAsync(Arg.Any<EnrollmentRecord>(), Arg.Any<SendConfirmation>(), Arg.Any<IReadOnlyList<ProgressEntry>>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                var (claimed, confirmation) = (call.Arg<EnrollmentRecord>(), call.Arg<SendConfirmation>());
                var key = $"{claimed.Id}/{confirmation.Key}";
                LedgerRows[key] = LedgerRows[key] with { SentAt = confirmation.SentAt, ProviderMessageId = confirmation.ProviderMessageId };
                ProgressEntries.AddRange(call.ArgAt<IReadOnlyList<ProgressEntry>>(2).Select(entry => (claimed.Id, entry)));
                return Stored.TryGetValue(claimed.Id, out var current) && current.ETag == claimed.ETag
                    ? Put(claimed with { Unconfirmed = [.. claimed.Unconfirmed.Where(mark => mark.Key != confirmation.Key)] })
                    : claimed;
            });
        Journal.FindDeliveryAsync(Arg.Any<string>(), Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(call => LedgerRows.GetValueOrDefault($"{call.ArgAt<string>(0)}/{call.ArgAt<string>(1)}"));
    }

    private void CheckVersion(EnrollmentRecord record)
    {
        if (!Stored.TryGetValue(record.Id, out var current))
        {
            throw new StoreConflictException(StoreConflict.Missing, "gone");
        }
        if (current.ETag != record.ETag)
        {
            throw new StoreConflictException(StoreConflict.Changed, "changed");
        }
    }

    private void WireLedger() =>
        Deliveries.TryRecordAsync(Arg.Any<Delivery>(), Arg.Any<CancellationToken>())
            .Returns(call => LedgerKeys.Add($"{call.Arg<Delivery>().EnrollmentId}/{call.Arg<Delivery>().Key}"));

    private void WireInboxAndProgress()
    {
        Progress.When(p => p.AppendAsync(Arg.Any<string>(), Arg.Any<ProgressEntry>(), Arg.Any<CancellationToken>()))
            .Do(call => ProgressEntries.Add((call.ArgAt<string>(0), call.Arg<ProgressEntry>())));
        Progress.ListAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(call => (IReadOnlyList<ProgressEntry>)ProgressEntries.Where(p => p.EnrollmentId == call.Arg<string>()).Select(p => p.Entry).ToList());
        Inbox.UpdateAsync(Arg.Any<InboxItem>(), Arg.Any<InboxState>(), Arg.Any<string?>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var (item, state, error) = (call.Arg<InboxItem>(), call.Arg<InboxState>(), call.ArgAt<string?>(2));
            InboxUpdates.Add((item, state, error));
            return item with { State = state, LastError = error, Attempts = item.Attempts + 1 };
        });
        Inbox.ListPendingAsync(Arg.Any<Instant>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);
        DueIndex.ReadDueAsync(Arg.Any<Instant>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(call =>
            (IReadOnlyList<DueEntry>)Due.Where(d => d.Value <= call.Arg<Instant>()).OrderBy(d => d.Value)
                .Take(call.Arg<int>()).Select(d => new DueEntry(d.Key, d.Value)).ToList());
        DueIndex.When(d => d.ScheduleAsync(Arg.Any<string>(), Arg.Any<Instant>(), Arg.Any<CancellationToken>()))
            .Do(call => Due[call.Arg<string>()] = call.Arg<Instant>());
        DueIndex.When(d => d.CancelAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()))
            .Do(call => Due.Remove(call.Arg<string>()));
        DueIndex.When(d => d.ReplaceAsync(Arg.Any<DueEntry>(), Arg.Any<Instant>(), Arg.Any<CancellationToken>()))
            .Do(call => Due[call.Arg<DueEntry>().EnrollmentId] = call.Arg<Instant>());
        DueIndex.When(d => d.RemoveAsync(Arg.Any<DueEntry>(), Arg.Any<CancellationToken>()))
            .Do(call => Due.Remove(call.Arg<DueEntry>().EnrollmentId));
    }
}
