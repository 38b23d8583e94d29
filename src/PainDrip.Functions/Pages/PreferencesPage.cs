using System.Globalization;
using System.Text;
using NodaTime;
using PainDrip.Core.Coaching;
using PainDrip.Core.Intake;
using PainDrip.Functions.Services;

namespace PainDrip.Functions.Pages;

/// <summary>The "change when emails arrive" page: what is set now, then one small form per change, each posting back to
/// the link's own address. Errors sit under their field and in a summary at the top.</summary>
public static class PreferencesPage
{
    public const string Title = "Change when emails arrive";

    /// <summary>The page for a shown, changed or refused-input outcome, posting to <paramref name="action"/>.</summary>
    public static string ToHtml(PreferenceOutcome outcome, string action)
    {
        var (settings, form, errors) = outcome switch
        {
            PreferenceOutcome.Invalid invalid => (invalid.Settings, invalid.Form, invalid.Errors),
            PreferenceOutcome.Changed changed => (changed.Settings, null, []),
            PreferenceOutcome.Shown shown => (shown.Settings, null, (IReadOnlyList<FieldError>)[]),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Link problems use the link pages."),
        };
        var html = new StringBuilder();
        if (errors.Count > 0)
        {
            html.Append("  <div id=\"summary\" class=\"panel care\" role=\"alert\">")
                .Append(PageShell.Encode(Summary(errors))).Append("</div>\n");
        }
        if (outcome is PreferenceOutcome.Changed done)
        {
            html.Append("  <div id=\"saved\" class=\"panel\" role=\"status\">").Append(PageShell.Encode(Saved(done))).Append("</div>\n");
        }
        html.Append(Now(settings));
        html.Append(PreferencesForms.For(settings, action, form, errors));
        return PageShell.Render(Title, html.ToString());
    }

    /// <summary>"08:00".</summary>
    public static string Hour(int hour) => $"{hour:D2}:00";

    /// <summary>"Monday 17 March".</summary>
    public static string Day(LocalDate date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    private static string Summary(IReadOnlyList<FieldError> errors) =>
        errors.FirstOrDefault(e => e.Field == "form") is { } whole
            ? $"Nothing was changed. {whole.Message}"
            : "Nothing was changed. Please fix the answer marked below.";

    private static string Saved(PreferenceOutcome.Changed done) => done.Action switch
    {
        PreferenceAction.SendTime => $"Saved. Your emails now arrive at {Hour(done.Settings.SendHour)}, {done.Settings.TimeZoneId} time.",
        PreferenceAction.Pause when done.Settings.ResumeOn is { } on =>
            $"Paused. You get no emails until {Day(on)}; your program picks up again that day at {Hour(done.Settings.SendHour)}.",
        PreferenceAction.Resume => "Welcome back. Your program is running again, and a short welcome-back email is on its way.",
        PreferenceAction.Stop => "Stopped. Your program has ended and we will not email you again.",
        _ => "Saved.",
    };

    private static string Now(PreferenceSettings settings)
    {
        var program = settings switch
        {
            { Status: EnrollmentStatus.Active } => "Running",
            { Status: EnrollmentStatus.Paused, ResumeOn: { } on } => $"Paused until {Day(on)}",
            { Status: EnrollmentStatus.Paused } => "Paused until you reply to any PainDrip email",
            { Status: EnrollmentStatus.SafetyHold } => "On hold until a coach has read your last reply",
            { Status: EnrollmentStatus.Pending } => "Not started: please confirm your address first",
            { Status: EnrollmentStatus.Completed } => "Finished",
            _ => "Stopped",
        };
        return "  <h2>What is set now</h2>\n  <dl class=\"now\">\n"
            + $"    <dt>Emails arrive at</dt><dd>{Hour(settings.SendHour)}</dd>\n"
            + $"    <dt>Time zone</dt><dd>{PageShell.Encode(settings.TimeZoneId)}</dd>\n"
            + $"    <dt>Program</dt><dd>{PageShell.Encode(program)}</dd>\n  </dl>\n";
    }
}
