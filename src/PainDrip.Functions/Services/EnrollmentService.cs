using Microsoft.Extensions.Options;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Intake;
using PainDrip.Core.Ports;
using PainDrip.Functions.Extensions;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Functions.Services;

/// <summary>Sign-up with double opt-in: checks the answers, stores a pending enrollment once per address and
/// sends (or resends) the confirmation email. The program itself starts in <see cref="ConfirmationService"/>.</summary>
/// <remarks>Signing up again before confirming replaces the pending answers, so the program that the next confirm
/// starts is the one the person last asked for. A confirmed program is never changed by a sign-up: its answers
/// only ever come from a confirmed link. The confirmation goes again at most once per
/// <see cref="EnrollmentOptions.ConfirmationResendInterval"/>, however many sign-ups arrive at once.</remarks>
public sealed partial class EnrollmentService(
    IEnrollmentStore store,
    ISuppressionList suppressions,
    IProgressLog progress,
    EmailComposer composer,
    IMailSender mail,
    IAddressParser addresses,
    IClock clock,
    IOptions<EnrollmentOptions> options,
    ILogger<EnrollmentService> logger)
{
    /// <summary>Reads and checks the sign-up JSON and acts on it.</summary>
    /// <remarks>Red flags win over every other problem, so a person in danger hears it first. A suppressed or
    /// already-enrolled address gets the same answer as a new one, so the answer never reveals who is signed up.</remarks>
    public async Task<EnrollOutcome> EnrollAsync(string json, CancellationToken cancellationToken)
    {
        var decision = Read(json);
        return Refusal(decision) ?? await EnrollAsync(decision.Request!, cancellationToken);
    }

    /// <summary>Reads and checks the sign-up JSON with the mailer's address parser; writes nothing.</summary>
    public IntakeDecision Read(string json) => IntakeReader.Check(json, clock.GetCurrentInstant(), addresses);

    /// <summary>The answer for a sign-up that must not go on (red flags, invalid answers), else <see langword="null"/>.</summary>
    public EnrollOutcome? Refusal(IntakeDecision decision)
    {
        if (decision.SeekCare is { } care)
        {
            logger.SeekCare(care.Advice.Count);
            return new EnrollOutcome.SeekCare([.. care.Advice.Select(a => a.Message)]);
        }
        return decision.IsEnrollable ? null : new EnrollOutcome.Invalid(decision.Errors);
    }

    /// <summary>Stores (or updates) the pending enrollment for a checked request and sends the confirmation when due.</summary>
    public async Task<EnrollOutcome> EnrollAsync(EnrollmentRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        if (await suppressions.IsSuppressedAsync(request.Email.Trim(), cancellationToken))
        {
            logger.SuppressedSignup();
            return new EnrollOutcome.Accepted();
        }
        var (found, stored) = await FindOrAddAsync(request, now, cancellationToken);
        if (found == Found.Added)
        {
            return await SendConfirmationAsync(stored, isNew: true, cancellationToken);
        }
        if (stored.Enrollment.Status != EnrollmentStatus.Pending)
        {
            logger.SignedUpAgain(stored.Id, stored.Enrollment.Status.ToString());
            return new EnrollOutcome.Accepted();
        }
        // A lost race keeps the winner's answers; a later sign-up replaces them.
        var (record, claimed) = await UpdatePendingAsync(stored, found == Found.Existing ? request : null, now, cancellationToken);
        if (record is null || !claimed)
        {
            // Erased meanwhile, or a confirmation went out moments ago: answer as for any sign-up.
            return new EnrollOutcome.Accepted();
        }
        return await SendConfirmationAsync(record, isNew: false, cancellationToken);
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
        var enrollment = Enrollment.FromRequest(Guid.NewGuid().ToString("N"), request) with { ConfirmationSentAt = now };
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
            await ReleaseClaimAsync(record, cancellationToken);
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
