using System.Text.RegularExpressions;

namespace PainDrip.Functions.Tests.Support;

/// <summary>Matches a sent subject to a lesson title whose fill-ins (<c>{week}</c>) the mailer has replaced.</summary>
internal static class LessonTitles
{
    public static bool Matches(string title, string subject) =>
        Regex.IsMatch(subject, "^" + Regex.Replace(Regex.Escape(title), @"\\\{[a-z_]+}", ".+") + "$");
}
