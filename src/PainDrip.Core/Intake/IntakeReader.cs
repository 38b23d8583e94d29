using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;
using PainDrip.Core.Email;
using PainDrip.Core.Safety;

namespace PainDrip.Core.Intake;

/// <summary>Reads the sign-up JSON, turning every JSON-level problem (bad syntax, wrong types, unknown
/// choices, missing fields) into per-field errors instead of exceptions.</summary>
public static class IntakeReader
{
    /// <summary>Reads the request; <see langword="false"/> with every JSON-level problem when it cannot.</summary>
    /// <remarks>Only the shape is checked here; run <see cref="IntakeValidator"/> (or use <see cref="Check(string, LocalDate)"/>)
    /// for the rules.</remarks>
    public static bool TryRead(string json, [NotNullWhen(true)] out EnrollmentRequest? request, out IReadOnlyList<FieldError> errors)
    {
        var draft = ReadDraft(json, out var found);
        errors = found;
        request = found.Count == 0 ? draft : null;
        return request is not null;
    }

    /// <summary>Reads and validates in one go, reporting JSON-level and rule problems together.</summary>
    /// <remarks>Red flags that could be read produce <see cref="IntakeDecision.SeekCare"/> even when other fields are wrong.</remarks>
    public static IntakeDecision Check(string json, LocalDate today) => Check(json, r => IntakeValidator.Validate(r, today));

    /// <summary>Reads and validates, taking "today" in the request's time zone at <paramref name="now"/>.</summary>
    public static IntakeDecision Check(string json, Instant now) => Check(json, r => IntakeValidator.Validate(r, now));

    /// <summary>Reads and validates at <paramref name="now"/>, reading the email with the mailer's parser.</summary>
    /// <remarks>The decision's request carries the canonical address; services that store or look up by address use this overload.</remarks>
    public static IntakeDecision Check(string json, Instant now, IAddressParser addresses) =>
        Check(json, r => IntakeValidator.Validate(r, now, addresses));

    private static IntakeDecision Check(string json, Func<EnrollmentRequest, IntakeDecision> validate)
    {
        var draft = ReadDraft(json, out var readErrors);
        if (draft is null)
        {
            return new(null, readErrors, null);
        }
        var verdict = validate(draft);
        var badRoots = readErrors.Select(e => RootOf(e.Field)).ToHashSet();
        var errors = readErrors.Concat(verdict.Errors.Where(e => !badRoots.Contains(RootOf(e.Field)))).ToList();
        return new(verdict.Request ?? draft, errors, verdict.SeekCare);
    }

    private static string RootOf(string field) => field.Split('[')[0];

    private static EnrollmentRequest? ReadDraft(string json, out List<FieldError> errors)
    {
        errors = [];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(JsonEscapes.RepairLoneSurrogates(json ?? ""));
        }
        catch (JsonException)
        {
            errors.Add(new("", "The sign-up could not be read: it is not valid JSON."));
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new("", "The sign-up should be a JSON object."));
                return null;
            }
            return ReadRequest(document.RootElement, new JsonFieldReader(errors));
        }
    }

    private static EnrollmentRequest ReadRequest(JsonElement root, JsonFieldReader read)
    {
        var email = read.Text(root, "email", "email", "Tell us your email address so we can send you the lessons.");
        var firstName = read.Text(root, "firstName", "firstName", "Tell us your first name so we know what to call you.");
        var zone = read.Text(root, "timeZone", "timeZone", "Choose your time zone, such as Europe/London.");
        var hour = read.WholeNumber(root, "sendHour", "sendHour", "Choose the hour at which lessons should arrive (6 to 21).");
        var consent = read.YesNo(root, "consent", "consent", "Please tick the box to agree to receive the coaching emails.");
        SymptomProfile? profile = null;
        switch (JsonFieldReader.Property(root, "profile"))
        {
            case null:
                read.Errors.Add(new("profile", "Tell us about your pain: where it is, when it started and how bad it is."));
                break;
            case { ValueKind: JsonValueKind.Object } value:
                profile = ReadProfile(value, read);
                break;
            default:
                read.Errors.Add(new("profile", "The profile should be a JSON object."));
                break;
        }
        // Placeholders stand in for unreadable fields so the rules can still check everything else.
        return new(email!, firstName!, zone!, hour ?? IntakeRules.EarliestSendHour, consent ?? false, profile!);
    }

    private static SymptomProfile ReadProfile(JsonElement profile, JsonFieldReader read)
    {
        var areas = read.Choices<Area>(profile, "areas", "profile.areas");
        var side = read.Choice<Side>(profile, "side", "profile.side", "Tell us which side hurts: left, right, both or center.");
        var hand = read.Choice<Hand>(profile, "dominantHand", "profile.dominantHand", null);
        var onset = read.Date(profile, "onset", "profile.onset", "Tell us the date your pain started.");
        var pain = read.WholeNumber(profile, "painNow", "profile.painNow", "Rate your pain now from 0 to 10.");
        var severity = read.Choice<Severity>(profile, "severity", "profile.severity", "Tell us how bad the pain is: mild, moderate or serious.");
        var triggers = read.Choices<Trigger>(profile, "triggers", "profile.triggers");
        var flags = read.Choices<RedFlag>(profile, "redFlags", "profile.redFlags");
        return new(areas, side ?? Side.Center, hand, onset ?? LocalDate.MinIsoValue, pain ?? 0, severity ?? Severity.Moderate, triggers, flags);
    }
}
