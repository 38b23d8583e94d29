using PainDrip.Functions.Services;

namespace PainDrip.Functions.Pages;

/// <summary>What people see after clicking a confirm or unsubscribe link: what happened and what to do next.</summary>
public static class LinkPages
{
    private const string SignUpAgain =
        "Sign up again on the PainDrip home page with the same email address and we will send you a fresh link. You will not be signed up twice.";

    /// <summary>The page for a confirm link.</summary>
    public static LinkPage Confirm(LinkOutcome outcome, string? token) => outcome switch
    {
        LinkOutcome.Ready => new(200, "Start your program",
            ["One last step: tap the button to confirm your email address and start your 6-week program."],
            new PageForm(ActionFor("/api/confirm", token), "Start my program", new Dictionary<string, string>())),
        LinkOutcome.Done => new(200, "You're confirmed",
            ["Your program has started. Your welcome email is on its way; if it is night where you live, it comes at the hour you chose.",
             "Reply to any PainDrip email to tell us how you are doing."]),
        LinkOutcome.AlreadyDone => new(200, "You're confirmed",
            ["Your program is already running, so there is nothing more to do here. Look out for the next email."]),
        LinkOutcome.Stopped => new(410, "This program was stopped",
            ["You unsubscribed before confirming, so this link no longer starts the program and we will not email you."]),
        LinkOutcome.Expired => new(410, "This link has expired",
            ["Confirmation links work for 7 days.", SignUpAgain]),
        LinkOutcome.Gone => new(410, "This sign-up no longer exists",
            ["It may have been deleted at your request. To start again, sign up on the PainDrip home page."]),
        _ => new(400, "This link does not work",
            ["It may have been cut short or changed when it was copied. Open the confirmation email again and tap its button, or copy the whole link.",
             SignUpAgain]),
    };

    /// <summary>The page for an unsubscribe link.</summary>
    public static LinkPage Unsubscribe(LinkOutcome outcome, string? token) => outcome switch
    {
        LinkOutcome.Ready => new(200, "Unsubscribe from PainDrip?",
            ["Tap the button to stop your program. We will not send you any more emails."],
            new PageForm(ActionFor("/api/unsubscribe", token), "Unsubscribe",
                new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" })),
        LinkOutcome.Done or LinkOutcome.AlreadyDone => new(200, "You're unsubscribed",
            ["Your program is stopped and we will not email you again. Thank you for trying PainDrip, and look after your back."]),
        LinkOutcome.Expired => new(410, "This link has expired",
            ["Use the unsubscribe link in a more recent PainDrip email, or reply to any PainDrip email with the word STOP."]),
        _ => new(400, "This link does not work",
            ["It may have been cut short or changed when it was copied. Use the unsubscribe link in a PainDrip email again, or reply to any PainDrip email with the word STOP."]),
    };

    private static string ActionFor(string path, string? token) => $"{path}?token={Uri.EscapeDataString(token ?? "")}";
}
