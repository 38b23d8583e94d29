namespace PainDrip.Functions.Console;

/// <summary>What a coach's action did.</summary>
public enum ActionOutcome
{
    /// <summary>It happened and is on the timeline.</summary>
    Done,
    /// <summary>The same request came before (a repeated POST): nothing happened again.</summary>
    AlreadyDone,
    /// <summary>The program is not in a state the action applies to; nothing changed.</summary>
    NothingToDo,
    /// <summary>No such person or item.</summary>
    NotFound,
    /// <summary>The form was incomplete (the note or the answer is missing or too long).</summary>
    Invalid,
    /// <summary>Something else changed the program at the same moment; nothing changed, try again.</summary>
    Conflict,
    /// <summary>The answer is recorded but the mail service did not take it; it is not resent automatically.</summary>
    SendFailed,
}

/// <summary>An action's outcome and the sentence the coach sees about it.</summary>
public sealed record ActionResult(ActionOutcome Outcome, string Message)
{
    /// <summary>Whether the page shows it as an error.</summary>
    public bool IsProblem => Outcome is ActionOutcome.NotFound or ActionOutcome.Invalid or ActionOutcome.Conflict or ActionOutcome.SendFailed;
}

/// <summary>The short note every action asks for.</summary>
public static class CoachNote
{
    /// <summary>The most characters a note may have.</summary>
    public const int MaxLength = 200;

    /// <summary>The trimmed note, or <see langword="null"/> when it is empty or too long.</summary>
    public static string? Read(string? note) =>
        note?.Trim() is { Length: > 0 and <= MaxLength } trimmed ? trimmed.ReplaceLineEndings(" ") : null;

    /// <summary>The timeline detail: what, who, and the note.</summary>
    public static string Detail(string action, Coach coach, string note) => $"{action}; coach:{coach.Name}; {note}";
}
