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

        var tokens = new List<Token>(Math.Max(4, (end - start) / 6));
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
                var normal = Normal(text.AsSpan(s, i - s));
                tokens.Add(new Token(span, digitsOnly || IsNumber(normal) ? TokenShape.Number : TokenShape.Word, normal));
                continue;
            }

            i++;
            tokens.Add(new Token(new TextSpan(s, i), char.IsPunctuation(c) ? TokenShape.Punctuation : TokenShape.Symbol, Normal(text.AsSpan(s, 1))));
        }

        return tokens;
    }

    // Words recur (news vocabulary is Zipfian): each thread keeps the lower-cased forms it has
    // made and hands the same string out again, so tokenizing allocates almost nothing once warm
    // and the garbage collector has fewer short-lived strings to sweep. Bounded: a long tail of
    // numbers and names would otherwise grow it for ever.
    private const int MaxCached = 65_536;
    private const int MaxCachedLength = 48;

    [ThreadStatic]
    private static HashSet<string>? t_normals;

    private static string Normal(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCachedLength)
        {
            return word.ToString().ToLowerInvariant();
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var normals = t_normals ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = normals.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var known))
        {
            return known;
        }

        if (normals.Count >= MaxCached)
        {
            normals.Clear();
        }

        var made = lower.ToString();
        normals.Add(made);
        return made;
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
