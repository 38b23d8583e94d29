using NodaTime;
using PainDrip.Core.Email;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Intake;

/// <summary>Checks a sign-up and reports every problem at once, per field, in plain words.</summary>
public static class IntakeValidator
{
    /// <summary>Checks the request against the person's local <paramref name="today"/>.</summary>
    /// <remarks>Without an address parser the email must already be a bare address; see the overload that takes one.</remarks>
    public static IntakeDecision Validate(EnrollmentRequest request, LocalDate today) => Validate(request, today, null);

    /// <summary>Checks the request against the person's local <paramref name="today"/>, reading the email with the mailer's parser.</summary>
    /// <remarks>When the email is valid, the decision's request carries its canonical form (see <see cref="IAddressParser"/>),
    /// so every later lookup by address sees one spelling.</remarks>
    public static IntakeDecision Validate(EnrollmentRequest request, LocalDate today, IAddressParser? addresses)
    {
        var errors = new List<FieldError>();
        request = CheckContact(request, errors, addresses);
        CheckSchedule(request, errors);
        if (request.Profile is null)
        {
            errors.Add(new("profile", "Tell us about your pain: where it is, when it started and how bad it is."));
            return new(request, errors, null);
        }
        ProfileRules.Check(request.Profile, today, errors);
        return new(request, errors, SeekCareNow.For(request.Profile.RedFlags ?? []));
    }

    /// <summary>Checks the request, taking "today" in the request's own time zone at <paramref name="now"/>.</summary>
    /// <remarks>When the zone is unknown, today is taken at UTC+14, the latest date on Earth, so an onset of
    /// "today" is never called a future date by mistake.</remarks>
    public static IntakeDecision Validate(EnrollmentRequest request, Instant now) =>
        Validate(request, now, null);

    /// <summary>Checks the request at <paramref name="now"/> in its own time zone, reading the email with the mailer's parser.</summary>
    public static IntakeDecision Validate(EnrollmentRequest request, Instant now, IAddressParser? addresses) =>
        Validate(request, now.InZone(ZoneOrLatest(request.TimeZone)).Date, addresses);

    private static DateTimeZone ZoneOrLatest(string? id) =>
        (id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)) ?? DateTimeZone.ForOffset(Offset.FromHours(14));

    private static EnrollmentRequest CheckContact(EnrollmentRequest request, List<FieldError> errors, IAddressParser? addresses)
    {
        if (EmailShape.Canonical(request.Email, addresses, out var canonical) is { } emailProblem)
        {
            errors.Add(new("email", emailProblem));
        }
        var name = request.FirstName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new("firstName", "Tell us your first name so we know what to call you."));
        }
        else if (name.Length > IntakeRules.MaxFirstNameLength)
        {
            errors.Add(new("firstName", $"Your first name can be at most {IntakeRules.MaxFirstNameLength} letters long."));
        }
        else if (name.Any(char.IsControl) || name.Any(IsDirectionControl))
        {
            errors.Add(new("firstName", "Your first name has a hidden character in it. Please type it again."));
        }
        else if (!name.Any(c => !char.IsWhiteSpace(c) && !InputExcerpt.IsHidden(c) && !IsMark(c)))
        {
            errors.Add(new("firstName", "Your first name has no letters we can show. Please type it again."));
        }
        if (!request.Consent)
        {
            errors.Add(new("consent", "Please tick the box to agree to receive the coaching emails."));
        }
        return canonical is null || canonical == request.Email ? request : request with { Email = canonical };
    }

    // Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can turn the rest of an email around.
    private static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark;

    private static void CheckSchedule(EnrollmentRequest request, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.TimeZone))
        {
            errors.Add(new("timeZone", "Choose your time zone, such as Europe/London, so lessons arrive in your morning."));
        }
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(request.TimeZone) is null)
        {
            errors.Add(new("timeZone", $"We don't know the time zone '{InputExcerpt.Of(request.TimeZone)}'. Use a name like Europe/London or America/New_York."));
        }
        if (request.SendHour is < IntakeRules.EarliestSendHour or > IntakeRules.LatestSendHour)
        {
            errors.Add(new("sendHour", $"Choose an hour between {IntakeRules.EarliestSendHour} (6 am) and {IntakeRules.LatestSendHour} (9 pm). We never email at night."));
        }
    }
}
