using PainDrip.Functions.Services;

namespace PainDrip.Functions.Pages;

/// <summary>What a preferences link that does not work shows: why, and where to find one that does.</summary>
public static class PreferenceLinkPages
{
    private const string FreshLink =
        "Every PainDrip email has a fresh \"Change when emails arrive\" link at the bottom. You can also reply to any PainDrip email and tell us what to change.";

    public static LinkPage For(LinkOutcome outcome) => outcome switch
    {
        LinkOutcome.Expired => new(410, "This link has expired", ["Links to change your emails work for 90 days.", FreshLink]),
        LinkOutcome.Gone => new(410, "This program no longer exists",
            ["It may have been deleted at your request, so there is nothing left to change and we will not email you."]),
        _ => new(400, "This link does not work",
            ["It may have been cut short or changed when it was copied.", FreshLink]),
    };
}
