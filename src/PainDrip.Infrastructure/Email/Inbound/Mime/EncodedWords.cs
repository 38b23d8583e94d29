using System.Text;
using System.Text.RegularExpressions;

namespace PainDrip.Infrastructure.Email.Inbound.Mime;

/// <summary>Decodes RFC 2047 encoded words (<c>=?charset?B|Q?text?=</c>) in header values.</summary>
internal static partial class EncodedWords
{
    [GeneratedRegex(@"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=")]
    private static partial Regex EncodedWord();

    /// <summary>The header value with every decodable encoded word replaced by its text.</summary>
    /// <remarks>
    /// Whitespace between adjacent encoded words is dropped (RFC 2047 §6.2), and the bytes of adjacent
    /// words in the same charset are joined before decoding, because encoders split multi-byte characters.
    /// Words with an unknown charset or broken encoding stay as written.
    /// </remarks>
    public static string Decode(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.Contains("=?", StringComparison.Ordinal))
        {
            return value ?? "";
        }

        var output = new StringBuilder(value.Length);
        var pending = new PendingWords(output);
        var position = 0;
        foreach (Match match in EncodedWord().Matches(value))
        {
            var gap = value[position..match.Index];
            var bytes = DecodeBytes(match.Groups[2].Value, match.Groups[3].Value);
            var encoding = MimeCharsets.Find(match.Groups[1].Value);
            if (bytes is null || encoding is null)
            {
                pending.Flush();
                output.Append(gap).Append(match.Value);
            }
            else
            {
                var adjacent = pending.HasWords && string.IsNullOrWhiteSpace(gap);
                if (!adjacent || !pending.Uses(encoding))
                {
                    pending.Flush();
                    output.Append(adjacent ? "" : gap);
                }
                pending.Add(bytes, encoding);
            }
            position = match.Index + match.Length;
        }
        pending.Flush();
        return output.Append(value[position..]).ToString();
    }

    private static byte[]? DecodeBytes(string mode, string text) =>
        mode is "B" or "b" ? TransferDecoding.TryBase64(text) : DecodeQ(text);

    private static byte[] DecodeQ(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text.Replace('_', ' '));
        return TransferDecoding.QuotedPrintable(bytes);
    }

    private sealed class PendingWords(StringBuilder output)
    {
        private readonly List<byte> _bytes = [];
        private Encoding? _encoding;

        public bool HasWords => _encoding is not null;

        public bool Uses(Encoding encoding) => _encoding?.CodePage == encoding.CodePage;

        public void Add(byte[] bytes, Encoding encoding)
        {
            _encoding = encoding;
            _bytes.AddRange(bytes);
        }

        public void Flush()
        {
            if (_encoding is null)
            {
                return;
            }
            output.Append(_encoding.GetString(_bytes.ToArray()));
            _bytes.Clear();
            _encoding = null;
        }
    }
}
