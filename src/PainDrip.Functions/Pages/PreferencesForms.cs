using System.Globalization;
using System.Text;
using PainDrip.Core.Intake;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Pages;

/// <summary>The forms of the preferences page, one per change the program's status allows.</summary>
internal static class PreferencesForms
{
    public static string For(PreferenceSettings settings, string action, PreferenceForm? typed, IReadOnlyList<FieldError> errors)
    {
        var html = new StringBuilder();
        if (PreferenceService.IsAllowed(PreferenceAction.SendTime, settings.Status))
        {
            html.Append(SendTime(settings, action, typed, errors));
        }
        if (PreferenceService.IsAllowed(PreferenceAction.Pause, settings.Status))
        {
            html.Append(Pause(settings, action, typed, errors));
        }
        if (PreferenceService.IsAllowed(PreferenceAction.Stop, settings.Status))
        {
            html.Append(Open("Stop", action, PreferenceAction.Stop))
                .Append(PageShell.Paragraph("End the program and every email. We will not email you again."))
                .Append(Close("Stop all emails", "quiet"));
        }
        return html.ToString();
    }

    private static string SendTime(PreferenceSettings settings, string action, PreferenceForm? typed, IReadOnlyList<FieldError> errors)
    {
        var hour = Is(typed, PreferenceAction.SendTime) ? typed!.SendHour ?? "" : settings.SendHour.ToString(CultureInfo.InvariantCulture);
        var zone = Is(typed, PreferenceAction.SendTime) ? typed!.TimeZone ?? "" : settings.TimeZoneId;
        var options = new StringBuilder();
        for (var h = IntakeRules.EarliestSendHour; h <= IntakeRules.LatestSendHour; h++)
        {
            var selected = h.ToString(CultureInfo.InvariantCulture) == hour.Trim() ? " selected" : "";
            options.Append($"<option value=\"{h}\"{selected}>{PreferencesPage.Hour(h)}</option>");
        }
        return Open("When emails arrive", action, PreferenceAction.SendTime)
            + "    <div class=\"field\"><label for=\"sendHour\">Hour</label>\n"
            + $"      <select id=\"sendHour\" name=\"sendHour\" aria-describedby=\"sendHour-error\"{Invalid(errors, "sendHour")}>{options}</select>\n"
            + Error(errors, "sendHour") + "</div>\n"
            + "    <div class=\"field\"><label for=\"timeZone\">Time zone</label>\n"
            + "      <p class=\"hint\" id=\"timeZone-hint\">A name such as Europe/London or America/New_York.</p>\n"
            + $"      <input id=\"timeZone\" name=\"timeZone\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" value=\"{PageShell.Encode(zone)}\" aria-describedby=\"timeZone-hint timeZone-error\"{Invalid(errors, "timeZone")}>\n"
            + Error(errors, "timeZone") + "</div>\n"
            + Close("Save the new time");
    }

    private static string Pause(PreferenceSettings settings, string action, PreferenceForm? typed, IReadOnlyList<FieldError> errors)
    {
        var days = Is(typed, PreferenceAction.Pause) ? typed!.Days ?? "" : "7";
        var html = Open("Take a break", action, PreferenceAction.Pause)
            + "    <div class=\"field\"><label for=\"days\">Pause for how many days from today?</label>\n"
            + $"      <p class=\"hint\" id=\"days-hint\">1 to {PreferenceRules.MaxPauseDays} days. The program picks up where you left off.</p>\n"
            + $"      <input id=\"days\" name=\"days\" type=\"number\" min=\"1\" max=\"{PreferenceRules.MaxPauseDays}\" step=\"1\" inputmode=\"numeric\" value=\"{PageShell.Encode(days)}\" aria-describedby=\"days-hint days-error\"{Invalid(errors, "days")}>\n"
            + Error(errors, "days") + "</div>\n"
            + Close(settings.Status == Core.Coaching.EnrollmentStatus.Paused ? "Change the pause" : "Pause emails");
        if (PreferenceService.IsAllowed(PreferenceAction.Resume, settings.Status))
        {
            html += Open(null, action, PreferenceAction.Resume) + Close("Start again now");
        }
        return html;
    }

    private static bool Is(PreferenceForm? typed, PreferenceAction action) =>
        string.Equals(typed?.Action, action.ToString(), StringComparison.OrdinalIgnoreCase);

    private static string Open(string? heading, string action, PreferenceAction change) =>
        (heading is null ? "" : $"  <h2>{PageShell.Encode(heading)}</h2>\n")
        + $"  <form method=\"post\" action=\"{PageShell.Encode(action)}\" novalidate>\n"
        + $"    <input type=\"hidden\" name=\"action\" value=\"{change}\">\n";

    private static string Close(string label, string? cssClass = null) =>
        $"    <button type=\"submit\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{PageShell.Encode(label)}</button>\n  </form>\n";

    private static string Invalid(IReadOnlyList<FieldError> errors, string field) =>
        errors.Any(e => e.Field == field) ? " aria-invalid=\"true\"" : "";

    private static string Error(IReadOnlyList<FieldError> errors, string field) =>
        $"      <p class=\"error\" id=\"{field}-error\">{PageShell.Encode(string.Join(" ", errors.Where(e => e.Field == field).Select(e => e.Message)))}</p>\n";
}
