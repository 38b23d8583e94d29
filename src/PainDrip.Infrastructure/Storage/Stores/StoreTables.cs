namespace PainDrip.Infrastructure.Storage.Stores;

/// <summary>The tables the stores keep (DESIGN.md section 4), before any <see cref="TableStoreOptions.TablePrefix"/>.</summary>
public static class StoreTables
{
    public const string Enrollments = nameof(Enrollments);
    public const string EmailIndex = nameof(EmailIndex);
    public const string DueIndex = nameof(DueIndex);
    public const string Deliveries = nameof(Deliveries);
    public const string Inbox = nameof(Inbox);
    public const string Progress = nameof(Progress);
    public const string CoachQueue = nameof(CoachQueue);
    public const string Suppressions = nameof(Suppressions);
    public const string MailEvents = nameof(MailEvents);

    /// <summary>Every table, in the order start-up creates them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Enrollments, EmailIndex, DueIndex, Deliveries, Inbox, Progress, CoachQueue, Suppressions, MailEvents];
}
