using System.Text.RegularExpressions;

namespace Liputan.Extraction.Metadata;

/// <summary>
/// Finds the dateline at the start of a first paragraph ("WASHINGTON DC, AS – ",
/// "Bisnis.com, JAKARTA - ", "JAKARTA, KOMPAS.com - ", "Jakarta - ") and the outlet it names.
/// </summary>
public static partial class DatelineParser
{
    /// <summary>The dateline and the length of the prefix to cut (dateline plus separator), or null.</summary>
    public static (string Dateline, int PrefixLength, string? OutletToken)? Find(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var m = Pattern().Match(paragraph);
        if (!m.Success || m.Index != 0)
        {
            return null;
        }

        var dateline = m.Groups["dl"].Value.Trim().TrimEnd(',').Trim();
        var tokens = dateline.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 7)
        {
            return null;
        }

        string? outlet = null;
        var caps = 0;
        foreach (var t in tokens)
        {
            if (OutletDirectory.LooksLikeDomain(t.Trim('(', ')')))
            {
                outlet = t.Trim('(', ')');
                continue;
            }

            if (t.Length >= 2 && t.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                caps++;
            }
        }

        if (m.Groups["spaced"].Success)
        {
            // "Intisari - Online.com": an outlet name written with a spaced hyphen.
            outlet = dateline.Replace(" ", "", StringComparison.Ordinal);
        }

        // Without a capitalised place or an outlet, "Kota Bandung - ..." is too weak unless it
        // is one or two words (the "Jakarta - " style of many outlets).
        if (outlet is null && caps == 0 && tokens.Length > 2)
        {
            return null;
        }

        // The remaining text must start a sentence.
        var rest = paragraph.AsSpan(m.Length);
        if (rest.IsEmpty || !(char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || rest[0] is '"' or '“' or '\''))
        {
            return null;
        }

        return (dateline, m.Length, outlet);
    }

    [GeneratedRegex(@"^(?<dl>(?:(?<spaced>\p{Lu}[\p{L}\d]+ - [\p{L}\d]+\.(?:com|co\.id|id|net|org|co|tv))|(?:[\p{Lu}\d][\p{L}\d.'’()&]*)(?:[ ,]+(?:[\p{Lu}\d][\p{L}\d.'’()&]*))*?))\s*,?\s+(?:--|-|–|—)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
