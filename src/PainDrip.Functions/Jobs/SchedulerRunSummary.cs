namespace PainDrip.Functions.Jobs;

/// <summary>What one timer run did; counts only, no ids.</summary>
/// <param name="Sent">Program emails claimed and handed to the mail service.</param>
/// <param name="NotDue">Entries whose email turned out not to be due yet; rescheduled.</param>
/// <param name="Skipped">Entries left alone: another run claimed them first, or the program is not running.</param>
/// <param name="Completed">People who got their graduation email in this run.</param>
/// <param name="Missing">Entries whose enrollment no longer exists; removed.</param>
/// <param name="Failed">Entries that failed unexpectedly; they stay due for the next run.</param>
/// <param name="LeftForNextRun">Due entries read but not reached before the time budget ran out.</param>
/// <param name="RepliesRetried">Pending inbound messages processed again.</param>
/// <param name="StoppedEarly">The time budget ran out before everything due was done.</param>
public sealed record SchedulerRunSummary(
    int Sent, int NotDue, int Skipped, int Completed, int Missing, int Failed, int LeftForNextRun, int RepliesRetried, bool StoppedEarly)
{
    /// <summary>Claims found unconfirmed past the send timeout (the sender stopped or the send failed), all settled below.</summary>
    public int Unconfirmed { get; init; }

    /// <summary>Unconfirmed sends found to have gone out (ledger or the mail service's processed event): not sent again.</summary>
    public int ConfirmedLate { get; init; }

    /// <summary>Unconfirmed sends with no sign they left: sent again under the same key.</summary>
    public int Resent { get; init; }

    /// <summary>Stored replies set aside for the coach (kept failing, or unreadable).</summary>
    public int RepliesParked { get; init; }

    public override string ToString() =>
        $"sent {Sent}, skipped {Skipped}, not due {NotDue}, completed {Completed}, missing {Missing}, failed {Failed}, " +
        $"left for next run {LeftForNextRun}, replies retried {RepliesRetried}, replies parked {RepliesParked}, " +
        $"unconfirmed {Unconfirmed} (confirmed late {ConfirmedLate}, resent {Resent})" +
        (StoppedEarly ? ", stopped at the time budget" : "");
}
