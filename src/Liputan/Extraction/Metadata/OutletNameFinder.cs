using System.Text;

namespace Liputan.Extraction.Metadata;

/// <summary>
/// For an outlet the table does not know, finds how the page itself writes its name: the
/// run of words whose letters spell the domain ("Kabar Lembayung" for kabarlembayung.co.id,
/// "NadiNusa.com" for nadinusa.com). Mixed case beats all lower and all upper case.
/// </summary>
public static class OutletNameFinder
{
    private const int MaxWords = 4;

    private static readonly char[] Separators = [' ', '/', '|', '(', ')', ',', ';', '©', '"', '“', '”'];

    /// <summary>The page's own form of the outlet name, or null.</summary>
    public static string? Find(string domain, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(lines);
        var host = domain.ToLowerInvariant();
        var firstDot = host.IndexOf('.', StringComparison.Ordinal);
        if (firstDot <= 0)
        {
            return null;
        }

        var stem = Letters(host[..firstDot]);
        var full = Letters(host);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            // The words that spell the stem are consecutive, and the separators hold no letter or
            // digit, so a line whose letters do not contain the stem cannot match: most lines are
            // dismissed here without being cut into words.
            if (!LettersContain(line, stem))
            {
                continue;
            }

            var tokens = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var letters = new StringBuilder();
                for (var n = 0; n < MaxWords && i + n < tokens.Length; n++)
                {
                    letters.Append(Letters(tokens[i + n]));
                    var l = letters.ToString();
                    if (l == stem || l == full)
                    {
                        var form = string.Join(' ', tokens, i, n + 1).Trim('.', '-', ':');
                        counts[form] = counts.GetValueOrDefault(form) + 1;
                        break;
                    }

                    if (!full.StartsWith(l, StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
        }

        return counts
            .OrderByDescending(kv => CaseRank(kv.Key))
            .ThenByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key)
            .FirstOrDefault();
    }

    private static int CaseRank(string s)
    {
        bool upper = s.Any(char.IsUpper), lower = s.Any(char.IsLower);
        return upper && lower ? 2 : lower ? 1 : 0;
    }

    private static bool LettersContain(string line, string stem)
    {
        if (stem.Length == 0)
        {
            return true;
        }

        var buffer = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        var n = 0;
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..n].IndexOf(stem.AsSpan(), StringComparison.Ordinal) >= 0;
    }

    private static string Letters(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
