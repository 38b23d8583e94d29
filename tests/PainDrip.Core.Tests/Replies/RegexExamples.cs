namespace PainDrip.Core.Tests.Replies;

/// <summary>
/// Writes example texts for a pattern straight from its source, top-level branch by branch: every choice of every
/// alternation, optional parts with and without, repeats at their lower and upper counts, one character per
/// character-class member. Negative lookarounds, anchors and back-references add nothing, so some examples do not match;
/// callers keep the ones the pattern matches. Covers the syntax the reply readers' patterns use.
/// </summary>
internal sealed class RegexExamples
{
    private const int Cap = 400;
    private readonly string _pattern;
    private readonly Random _random = new(13);
    private int _pos;

    private RegexExamples(string pattern) => _pattern = pattern;

    /// <summary>Examples for each top-level branch of <paramref name="pattern"/>, in order.</summary>
    public static List<List<string>> ByBranch(string pattern)
    {
        var examples = new RegexExamples(pattern);
        var branches = new List<List<string>> { examples.Sequence() };
        while (examples._pos < pattern.Length && pattern[examples._pos] == '|')
        {
            examples._pos++;
            branches.Add(examples.Sequence());
        }
        return examples._pos == pattern.Length ? branches
            : throw new FormatException($"unexpected '{pattern[examples._pos]}' at {examples._pos} in {pattern}");
    }

    private List<string> Alternation()
    {
        var all = Sequence();
        while (_pos < _pattern.Length && _pattern[_pos] == '|')
        {
            _pos++;
            all.AddRange(Sequence());
        }
        return all.Distinct().ToList();
    }

    private List<string> Sequence()
    {
        var texts = new List<string> { "" };
        while (_pos < _pattern.Length && _pattern[_pos] is not ('|' or ')'))
        {
            texts = Product(texts, Quantified(Atom()));
        }
        return texts;
    }

    // Every left text and every right text appear at least once; beyond the cap the pairs are sampled.
    private List<string> Product(List<string> left, List<string> right)
    {
        if (left.Count * right.Count <= Cap)
        {
            return left.SelectMany(l => right.Select(r => l + r)).ToList();
        }
        var texts = new List<string>();
        for (var i = 0; i < Math.Max(Cap, left.Count); i++)
        {
            texts.Add(left[i % left.Count] + right[_random.Next(right.Count)]);
        }
        texts.AddRange(right.Select(r => left[_random.Next(left.Count)] + r));
        return texts.Distinct().ToList();
    }

    private List<string> Quantified(List<string> atom)
    {
        if (_pos >= _pattern.Length)
        {
            return atom;
        }
        var (min, max) = _pattern[_pos] switch
        {
            '*' => (0, 1),
            '+' => (1, 2),
            '?' => (0, 1),
            '{' => Braces(),
            _ => (-1, -1),
        };
        if (min < 0)
        {
            return atom;
        }
        if (_pattern[_pos] is '*' or '+' or '?')
        {
            _pos++;
        }
        if (_pos < _pattern.Length && _pattern[_pos] is '?' or '+')
        {
            _pos++;
        }
        return new[] { min, Math.Min(min + 1, max), max }.Distinct().SelectMany(n => Repeat(atom, n)).Distinct().ToList();
    }

    private (int Min, int Max) Braces()
    {
        var end = _pattern.IndexOf('}', _pos);
        var parts = _pattern[(_pos + 1)..end].Split(',');
        _pos = end + 1;
        var min = int.Parse(parts[0]);
        return (min, parts.Length == 1 ? min : parts[1].Length == 0 ? min + 2 : int.Parse(parts[1]));
    }

    private List<string> Repeat(List<string> atom, int times)
    {
        var texts = new List<string> { "" };
        for (var i = 0; i < times; i++)
        {
            texts = Product(texts, atom);
        }
        return texts;
    }

    private List<string> Atom()
    {
        var c = _pattern[_pos++];
        return c switch
        {
            '(' => Group(),
            '[' => RegexClass.Members(_pattern, ref _pos),
            '\\' => Escape(_pattern[_pos++]),
            '.' => ["x", " "],
            '^' or '$' => [""],
            _ => [c.ToString()],
        };
    }

    private List<string> Group()
    {
        // A positive lookaround's text is written where it stands; a negative one adds nothing.
        var negative = false;
        if (_pattern[_pos] == '?')
        {
            var kind = _pattern[_pos + 1];
            var lookbehind = kind == '<' && _pattern[_pos + 2] is '=' or '!';
            negative = kind == '!' || (lookbehind && _pattern[_pos + 2] == '!');
            _pos = kind == '<' && !lookbehind ? _pattern.IndexOf('>', _pos) + 1
                : _pos + (lookbehind ? 3 : 2);
        }
        var inner = Alternation();
        if (_pattern[_pos++] != ')')
        {
            throw new FormatException($"no ')' at {_pos - 1} in {_pattern}");
        }
        return negative ? [""] : inner;
    }

    private static List<string> Escape(char e) => e switch
    {
        'b' or 'B' or 'A' or 'z' or 'Z' or 'G' => [""],
        'd' => ["5"],
        's' or 'W' => [" "],
        'S' or 'w' or 'D' => ["x"],
        >= '1' and <= '9' => [""],
        _ => [e.ToString()],
    };
}
