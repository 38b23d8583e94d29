using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Content;

/// <summary>One <c>##</c> section of a lesson body: its heading and whether any text follows it.</summary>
internal sealed record MarkdownSection(string Heading, bool IsEmpty);

/// <summary>Splits a Markdown body into its <c>##</c> sections (a section runs to the next heading of level 1 or 2).</summary>
internal static partial class MarkdownSections
{
    public static IReadOnlyList<MarkdownSection> Read(string body)
    {
        var sections = new List<MarkdownSection>();
        string? heading = null;
        var hasText = false;
        foreach (var line in body.Split('\n').Select(l => l.Trim()))
        {
            var match = Heading().Match(line);
            if (match.Success && match.Groups[1].Length <= 2)
            {
                Close();
                heading = match.Groups[1].Length == 2 ? match.Groups[2].Value : null;
                hasText = false;
            }
            else if (line.Length > 0 && !match.Success)
            {
                hasText = true;
            }
        }
        Close();
        return sections;

        void Close()
        {
            if (heading is not null)
            {
                sections.Add(new MarkdownSection(heading, !hasText));
            }
        }
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)[\s#]*$")]
    private static partial Regex Heading();
}
