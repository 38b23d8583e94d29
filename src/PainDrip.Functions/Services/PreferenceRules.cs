using System.Globalization;
using NodaTime;
using PainDrip.Core.Intake;

namespace PainDrip.Functions.Services;

/// <summary>Checks a posted preferences form field by field; every problem is named under its field.</summary>
public static class PreferenceRules
{
    /// <summary>The longest pause the page offers, in days.</summary>
    public const int MaxPauseDays = 60;

    /// <summary>The action and its parsed values, or the errors that stop it.</summary>
    public sealed record Checked(PreferenceAction? Action, int SendHour, string TimeZoneId, int Days, IReadOnlyList<FieldError> Errors);

    public static Checked Check(PreferenceForm form)
    {
        var errors = new List<FieldError>();
        var action = Enum.TryParse<PreferenceAction>(form.Action, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : (PreferenceAction?)null;
        if (action is null)
        {
            errors.Add(new FieldError("form", "Please use one of the buttons on this page."));
        }
        var (hour, zone, days) = (0, "", 0);
        if (action == PreferenceAction.SendTime)
        {
            hour = Hour(form.SendHour, errors);
            zone = Zone(form.TimeZone, errors);
        }
        if (action == PreferenceAction.Pause)
        {
            days = PauseDays(form.Days, errors);
        }
        return new Checked(errors.Count == 0 ? action : null, hour, zone, days, errors);
    }

    private static int Hour(string? text, List<FieldError> errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            && hour is >= IntakeRules.EarliestSendHour and <= IntakeRules.LatestSendHour)
        {
            return hour;
        }
        errors.Add(new FieldError("sendHour", "Choose an hour between 06:00 and 21:00."));
        return 0;
    }

    private static string Zone(string? text, List<FieldError> errors)
    {
        var id = text?.Trim() ?? "";
        if (id.Length > 0 && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null)
        {
            return id;
        }
        errors.Add(new FieldError("timeZone", id.Length == 0
            ? "Enter your time zone, such as Europe/London or America/New_York."
            : "We do not know this time zone. Use a name such as Europe/London or America/New_York."));
        return "";
    }

    private static int PauseDays(string? text, List<FieldError> errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxPauseDays)
        {
            return days;
        }
        errors.Add(new FieldError("days", $"Enter a whole number of days from 1 to {MaxPauseDays}."));
        return 0;
    }
}
