namespace PainDrip.Core.Tests.Replies;

/// <summary>Example characters for a character class of a pattern's source (see <see cref="RegexExamples"/>).</summary>
internal static class RegexClass
{
    private static readonly string[] Candidates = ["x", " ", "#", "q", "5", "-"];

    /// <summary>
    /// Reads the class whose '[' was just passed and returns each listed character (the first of a range); for a
    /// negated class, a character it does not hold.
    /// </summary>
    public static List<string> Members(string pattern, ref int pos)
    {
        var negated = pattern[pos] == '^';
        pos += negated ? 1 : 0;
        var members = new List<string>();
        var ranges = new List<(char From, char To)>();
        while (pattern[pos] != ']')
        {
            var c = pattern[pos++];
            var escaped = c == '\\';
            var member = escaped ? Escaped(pattern[pos++]) : c;
            if (!escaped && pattern[pos] == '-' && pattern[pos + 1] != ']')
            {
                ranges.Add((c, pattern[pos + 1]));
                pos += 2;
            }
            else
            {
                members.Add(member.ToString());
            }
        }
        pos++;
        members.AddRange(ranges.Select(r => r.From.ToString()));
        return negated ? [Candidates.First(x => !members.Contains(x) && !ranges.Any(r => x[0] >= r.From && x[0] <= r.To))]
            : members.Distinct().ToList();
    }

    private static char Escaped(char e) => e switch
    {
        'd' => '5',
        's' or 'W' => ' ',
        'w' => 'x',
        _ => e,
    };
}
