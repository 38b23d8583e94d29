using System.Globalization;
using System.Text;

namespace PainDrip.Core.Intake;

/// <summary>A short, printable piece of what someone typed, for repeating it back in a message.</summary>
public static class InputExcerpt
{
    /// <summary>The longest excerpt, in characters, before the ellipsis.</summary>
    public const int MaxLength = 32;

    /// <summary>At most <see cref="MaxLength"/> characters of <paramref name="text"/>, control, format and direction
    /// characters left out, with <c>…</c> when cut. Pages still encode it; JSON answers escape it.</summary>
    public static string Of(string? text)
    {
        var excerpt = new StringBuilder(MaxLength + 1);
        foreach (var c in text ?? "")
        {
            if (excerpt.Length == MaxLength)
            {
                return excerpt.Append('…').ToString();
            }
            if (!IsHidden(c))
            {
                excerpt.Append(c);
            }
        }
        return excerpt.ToString();
    }

    /// <summary>Whether the character shows nothing by itself: control, format (direction marks, zero-width), surrogate, unassigned.</summary>
    internal static bool IsHidden(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.PrivateUse;
}
