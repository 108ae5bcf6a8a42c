using Liputan.Documents;

namespace Liputan.Language.Tokens;

/// <summary>
/// Splits text into word, number and punctuation tokens. Keeps Indonesian number forms whole
/// ("60.000", "2,5"), hyphenated words ("negara-negara", "AS-Rusia" stays one token), and
/// domains ("Bisnis.com"); splits the enclitic "-nya" off nothing (that is the stemmer's job).
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> (-1: to the end); offsets index <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0)
        {
            end = text.Length;
        }

        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var s = i;
            if (char.IsLetterOrDigit(c))
            {
                var digitsOnly = true;
                while (i < end)
                {
                    var ch = text[i];
                    if (char.IsLetterOrDigit(ch) || ch is '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && i > s && char.IsLetter(text[i - 1]))
                    {
                        digitsOnly &= char.IsDigit(ch);
                        i++;
                        continue;
                    }

                    // Joiners inside a token: 60.000 / 2,5 / negara-negara / Bisnis.com / 9/12
                    if (i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        if ((ch is '.' or ',') && digitsOnly && char.IsDigit(text[i + 1]))
                        {
                            i++;
                            continue;
                        }

                        if (ch == '-' && !digitsOnly)
                        {
                            i++;
                            digitsOnly = false;
                            continue;
                        }

                        if (ch == '.' && !digitsOnly && IsDomainTail(text, i + 1, end))
                        {
                            i++;
                            continue;
                        }
                    }

                    break;
                }

                var span = new TextSpan(s, i);
                var normal = text.AsSpan(s, i - s).ToString().ToLowerInvariant();
                tokens.Add(new Token(span, digitsOnly || IsNumber(normal) ? TokenShape.Number : TokenShape.Word, normal));
                continue;
            }

            i++;
            tokens.Add(new Token(new TextSpan(s, i), char.IsPunctuation(c) ? TokenShape.Punctuation : TokenShape.Symbol, c.ToString()));
        }

        return tokens;
    }

    private static bool IsNumber(string s)
    {
        foreach (var ch in s)
        {
            if (!char.IsDigit(ch) && ch is not '.' and not ',')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomainTail(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        var tld = text.AsSpan(i, j - i);
        return (j == end || !char.IsLetterOrDigit(text[j])) &&
               (tld.Equals("com", StringComparison.OrdinalIgnoreCase) || tld.Equals("id", StringComparison.OrdinalIgnoreCase) ||
                tld.Equals("net", StringComparison.OrdinalIgnoreCase) || tld.Equals("org", StringComparison.OrdinalIgnoreCase) ||
                tld.Equals("co", StringComparison.OrdinalIgnoreCase) || tld.Equals("tv", StringComparison.OrdinalIgnoreCase));
    }
}
