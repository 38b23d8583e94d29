using PainDrip.Core.Coaching;
using PainDrip.Core.Ports;
using static PainDrip.Functions.Console.Pages.Html;

namespace PainDrip.Functions.Console.Pages;

/// <summary>The console's forms. Plain HTML forms (no script): each posts the antiforgery field, the person, a
/// one-time operation key where a repeat must not act twice, and a required note.</summary>
public static class PersonForms
{
    /// <summary>The answer form for an open item.</summary>
    public static string Answer(string enrollmentId, CoachDeskItem item, string name, string csrf)
    {
        var field = $"answer-{ConsoleFrame.Anchor(item.Id)}";
        return $"""
                <form class="answer" method="post" action="{ConsoleFrame.AnswerPath}">
                  {Common(csrf, enrollmentId, item.Id)}
                  <h3>Answer {E(name)} by email</h3>
                  <label for="{field}">Your answer</label>
                  <p class="hint" id="{field}-hint">Goes out in their email thread, from your name; their reply comes back to this item. Plain text; a blank line starts a new paragraph.</p>
                  <textarea id="{field}" name="text" required maxlength="{CoachAnswers.MaxLength}" aria-describedby="{field}-hint"></textarea>
                  <p><button type="submit">Send answer</button></p>
                </form>

            """;
    }

    /// <summary>The resolve form for an open item.</summary>
    public static string Resolve(string enrollmentId, CoachDeskItem item, string csrf) =>
        Action(enrollmentId, item.Id, "resolve", "Resolve this item", "Resolve item",
            "What was done, for the timeline (for example: answered, no further action).", csrf, quiet: false);

    /// <summary>The program actions that apply to the person's status.</summary>
    public static string Actions(PersonView view, string csrf)
    {
        var id = view.Record.Id;
        var status = view.Record.Enrollment.Status;
        var forms = new List<string>();
        if (status == EnrollmentStatus.SafetyHold)
        {
            forms.Add(Action(id, null, "lift-hold", "Lift the safety hold", "Lift hold and resume gently",
                "Why it is safe to resume (for example: GP saw them, all clear). The program restarts one phase back.", csrf, quiet: false));
        }
        if (status == EnrollmentStatus.Active)
        {
            forms.Add(Action(id, null, "pause", "Pause the program", "Pause program",
                "Why (the person gets the pause email; any reply from them restarts it).", csrf, quiet: true));
        }
        if (status is not (EnrollmentStatus.Stopped or EnrollmentStatus.Completed))
        {
            forms.Add(Action(id, null, "stop", "Stop the program", "Stop program",
                "Why (they get one email saying the program has stopped, then no more; this cannot be undone).", csrf, quiet: true));
        }
        var body = forms.Count == 0 ? "  <p>The program has ended; nothing to change.</p>\n" : $"  <div class=\"actions\">\n{string.Concat(forms)}  </div>\n";
        return "  <h2>Program</h2>\n" + body;
    }

    private static string Action(string enrollmentId, string? itemId, string action, string heading, string button, string hint, string csrf, bool quiet)
    {
        var field = $"note-{action}-{(itemId is null ? "person" : ConsoleFrame.Anchor(itemId))}";
        return $"""
                <form method="post" action="{ConsoleFrame.ActionPath}">
                  {Common(csrf, enrollmentId, itemId)}{Hidden("action", action)}
                  <h3>{E(heading)}</h3>
                  <label for="{field}">Note</label>
                  <p class="hint" id="{field}-hint">{E(hint)}</p>
                  <input type="text" id="{field}" name="note" required maxlength="{CoachNote.MaxLength}" aria-describedby="{field}-hint">
                  <p><button type="submit"{(quiet ? " class=\"quiet\"" : "")}>{E(button)}</button></p>
                </form>

            """;
    }

    private static string Common(string csrf, string enrollmentId, string? itemId) =>
        Hidden(ConsoleAntiforgery.FieldName, csrf) + Hidden("id", enrollmentId) + (itemId is null ? "" : Hidden("item", itemId))
        + Hidden("op", ConsoleForm.NewOperation());
}
