using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Email;
using PainDrip.Core.Intake;
using PainDrip.Core.Ports;
using PainDrip.Infrastructure.Email.Composition;

namespace PainDrip.Functions.Services;

/// <summary>Sign-up with double opt-in: checks the answers, stores a pending enrollment once per address and
/// sends (or resends) the confirmation email. The program itself starts in <see cref="ConfirmationService"/>.</summary>
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
        var (record, isNew) = await FindOrAddAsync(request, now, cancellationToken);
        if (!isNew && record.Enrollment.Status != EnrollmentStatus.Pending)
        {
            logger.SignedUpAgain(record.Id, record.Enrollment.Status.ToString());
            return new EnrollOutcome.Accepted();
        }
        return await SendConfirmationAsync(record, isNew, cancellationToken);
    }

    private async Task<(EnrollmentRecord Record, bool IsNew)> FindOrAddAsync(
        EnrollmentRequest request, Instant now, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        if (await store.FindByEmailAsync(email, cancellationToken) is { } existing)
        {
            return (existing, false);
        }
        var enrollment = Enrollment.FromRequest(Guid.NewGuid().ToString("N"), request);
        try
        {
            var added = await store.AddAsync(enrollment, new Contact(email, request.FirstName.Trim()), now, cancellationToken);
            await progress.AppendAsync(added.Id, new ProgressEntry(now, ProgressKind.Enrolled, added.Enrollment.Phase), cancellationToken);
            return (added, true);
        }
        catch (StoreConflictException conflict) when (conflict.Conflict == StoreConflict.AlreadyExists)
        {
            // Two sign-ups for one address raced; the other one won, so this is a repeat.
            var winner = await store.FindByEmailAsync(email, cancellationToken)
                ?? throw new InvalidOperationException("The address is enrolled but its enrollment cannot be found.", conflict);
            return (winner, false);
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
