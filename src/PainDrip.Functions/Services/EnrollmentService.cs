using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Intake;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Functions.Services;

/// <summary>Sign-up with double opt-in: checks the answers, stores a pending enrollment once per address and
/// sends (or resends) the confirmation email. The program itself starts in <see cref="ConfirmationService"/>.</summary>
/// <remarks>Signing up again before confirming replaces the pending answers, so the program that the next confirm
/// starts is the one the person last asked for. A confirmed program is never changed by a sign-up: its answers
/// only ever come from a confirmed link.</remarks>
public sealed class EnrollmentService(
    IEnrollmentStore store,
    ISuppressionList suppressions,
    IProgressLog progress,
    EmailComposer composer,
    IMailSender mail,
    IAddressParser addresses,
    IClock clock,
    ILogger<EnrollmentService> logger)
{
    /// <summary>Reads and checks the sign-up JSON and acts on it.</summary>
    /// <remarks>Red flags win over every other problem, so a person in danger hears it first. A suppressed or
    /// already-enrolled address gets the same answer as a new one, so the answer never reveals who is signed up.</remarks>
    public async Task<EnrollOutcome> EnrollAsync(string json, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var decision = IntakeReader.Check(json, now, addresses);
        if (decision.SeekCare is { } care)
        {
            logger.SeekCare(care.Advice.Count);
            return new EnrollOutcome.SeekCare([.. care.Advice.Select(a => a.Message)]);
        }
        if (!decision.IsEnrollable)
        {
            return new EnrollOutcome.Invalid(decision.Errors);
        }
        var request = decision.Request!;
        if (await suppressions.IsSuppressedAsync(request.Email.Trim(), cancellationToken))
        {
            logger.SuppressedSignup();
            return new EnrollOutcome.Accepted();
        }
        var (found, stored) = await FindOrAddAsync(request, now, cancellationToken);
        var record = found == Found.Existing && stored.Enrollment.Status == EnrollmentStatus.Pending
            ? await ReplaceAnswersAsync(stored, request, now, cancellationToken)
            : stored;
        if (record is null)
        {
            // Erased while we were working: answer as for any sign-up, and store nothing behind the person's back.
            return new EnrollOutcome.Accepted();
        }
        if (found != Found.Added && record.Enrollment.Status != EnrollmentStatus.Pending)
        {
            logger.SignedUpAgain(record.Id, record.Enrollment.Status.ToString());
            return new EnrollOutcome.Accepted();
        }
        return await SendConfirmationAsync(record, found == Found.Added, cancellationToken);
    }

    private enum Found { Added, Existing, LostRace }

    private async Task<(Found Found, EnrollmentRecord Record)> FindOrAddAsync(
        EnrollmentRequest request, Instant now, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        if (await store.FindByEmailAsync(email, cancellationToken) is { } existing)
        {
            return (Found.Existing, existing);
        }
        var enrollment = Enrollment.FromRequest(Guid.NewGuid().ToString("N"), request);
        try
        {
            var added = await store.AddAsync(enrollment, new Contact(email, request.FirstName.Trim()), now, cancellationToken);
            await progress.AppendAsync(added.Id, new ProgressEntry(now, ProgressKind.Enrolled, added.Enrollment.Phase), cancellationToken);
            return (Found.Added, added);
        }
        catch (StoreConflictException conflict) when (conflict.Conflict == StoreConflict.AlreadyExists)
        {
            // Two sign-ups for one address raced; the other one won, so this is a repeat and the winner's answers stand.
            var winner = await store.FindByEmailAsync(email, cancellationToken)
                ?? throw new InvalidOperationException("The address is enrolled but its enrollment cannot be found.", conflict);
            return (Found.LostRace, winner);
        }
    }

    /// <summary>Puts the new answers on a still-pending enrollment (same id, so every link already sent stays valid);
    /// re-reads once when the row changed meanwhile. Returns the record as it now stands, <see langword="null"/> when gone.</summary>
    /// <remarks>A confirm that got in first wins: the record is then no longer pending and keeps the answers it started with.</remarks>
    private async Task<EnrollmentRecord?> ReplaceAnswersAsync(
        EnrollmentRecord record, EnrollmentRequest request, Instant now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (record.Enrollment.Status != EnrollmentStatus.Pending)
            {
                return record;
            }
            var replaced = record with
            {
                Enrollment = Enrollment.FromRequest(record.Id, request),
                Contact = new Contact(request.Email.Trim(), request.FirstName.Trim()),
                ConsentedAt = now,
            };
            try
            {
                var saved = await store.SaveAsync(replaced, cancellationToken);
                var entry = new ProgressEntry(now, ProgressKind.Enrolled, saved.Enrollment.Phase, Detail: "answers-replaced");
                await progress.AppendAsync(saved.Id, entry, cancellationToken);
                return saved;
            }
            catch (StoreConflictException conflict) when (conflict.Conflict is StoreConflict.Changed or StoreConflict.Missing && attempt == 0)
            {
                if (await store.FindAsync(record.Id, cancellationToken) is not { } current)
                {
                    return null;
                }
                record = current;
            }
        }
    }

    private async Task<EnrollOutcome> SendConfirmationAsync(EnrollmentRecord record, bool isNew, CancellationToken cancellationToken)
    {
        var message = composer.ComposeConfirmation(new Recipient(record.Id, record.Contact.Email, record.Contact.FirstName));
        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (MailSendException failure)
        {
            // The relay's own words can quote the address: log the kind of failure only.
            logger.ConfirmationMailFailed(record.Id, failure.GetType().Name, failure.StatusCode);
            return new EnrollOutcome.MailFailed();
        }
        if (isNew)
        {
            logger.Enrolled(record.Id);
        }
        else
        {
            logger.SignedUpAgain(record.Id, record.Enrollment.Status.ToString());
        }
        return new EnrollOutcome.Accepted();
    }
}
