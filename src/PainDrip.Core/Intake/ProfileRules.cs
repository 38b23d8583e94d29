using NodaTime;

namespace PainDrip.Core.Intake;

/// <summary>The rules for the symptom-profile part of a sign-up.</summary>
internal static class ProfileRules
{
    public static void Check(SymptomProfile profile, LocalDate today, List<FieldError> errors)
    {
        CheckAreas(profile, errors);
        CheckList(profile.Triggers, "profile.triggers", "trigger", errors);
        if (!Enum.IsDefined(profile.Side))
        {
            errors.Add(new("profile.side", "Tell us which side hurts: left, right, both or center."));
        }
        if (profile.DominantHand is { } hand && !Enum.IsDefined(hand))
        {
            errors.Add(new("profile.dominantHand", "Tell us which hand you use most: left, right or both."));
        }
        if (!Enum.IsDefined(profile.Severity))
        {
            errors.Add(new("profile.severity", "Tell us how bad the pain is: mild, moderate or serious."));
        }
        if (profile.PainNow is < 0 or > IntakeRules.MaxPain)
        {
            errors.Add(new("profile.painNow", "Rate your pain now with a whole number from 0 (no pain) to 10 (the worst pain you can imagine)."));
        }
        CheckOnset(profile.Onset, today, errors);
    }

    private static void CheckAreas(SymptomProfile profile, List<FieldError> errors)
    {
        if (profile.Areas is null || profile.Areas.Count == 0)
        {
            errors.Add(new("profile.areas", "Tell us where it hurts: pick at least one area."));
            return;
        }
        CheckList(profile.Areas, "profile.areas", "area", errors);
    }

    private static void CheckList<T>(IReadOnlyList<T>? items, string field, string noun, List<FieldError> errors)
        where T : struct, Enum
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (!Enum.IsDefined(items![i]))
            {
                errors.Add(new($"{field}[{i}]", $"We don't know this {noun}. Please pick one from the list."));
            }
        }
    }

    private static void CheckOnset(LocalDate onset, LocalDate today, List<FieldError> errors)
    {
        if (onset > today)
        {
            errors.Add(new("profile.onset", "The date your pain started is in the future. Please check it."));
        }
        else if (onset < today.PlusYears(-IntakeRules.MaxOnsetYears))
        {
            errors.Add(new("profile.onset",
                $"That is more than {IntakeRules.MaxOnsetYears} years ago. If the pain has lasted that long, give the date it last flared up."));
        }
    }
}
