using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Liputan.Resources;

namespace Liputan.Extraction.Metadata;

/// <summary>
/// Finds the dateline at the start of a first paragraph ("WASHINGTON DC, AS – ",
/// "Bisnis.com, JAKARTA - ", "JAKARTA, KOMPAS.com - ", "Jakarta - ", "Ambon (ANTARA) - ", "Surabaya. ")
/// and the outlet it names.
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
            return PlaceWithPeriod(paragraph);
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

    // "Jakarta. The city has…": the English-language Jakarta press ends its dateline with a period.
    // Any word can end a one-word sentence ("Sunday. Rain again."), so the word must be a place the
    // gazetteer knows, and the sentence after it long enough to be the story's opening.
    private static (string Dateline, int PrefixLength, string? OutletToken)? PlaceWithPeriod(string paragraph)
    {
        var m = PeriodPattern().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        var place = m.Groups["dl"].Value;
        if (!Places.Value.Contains(place))
        {
            return null;
        }

        var sentence = paragraph.AsSpan(m.Length).Count(' ') + 1;
        return sentence >= MinWordsAfterPlace ? (place, m.Length, null) : null;
    }

    // Every name of every place the entity gazetteer lists ("Jakarta Timur", "East Jakarta"), as written.
    private static readonly Lazy<FrozenSet<string>> Places = new(() => ResourceFile.Lines("gazetteers/places.txt")
        .SelectMany(l => l.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Fewer words than this after "Place. " are a short sentence, not a story's opening.</summary>
    private const int MinWordsAfterPlace = 8;

    [GeneratedRegex(@"^(?<dl>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\. (?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    // A token after the place may be an agency's code in parentheses: "Ambon (ANTARA) - ".
    [GeneratedRegex(@"^(?<dl>(?:(?<spaced>\p{Lu}[\p{L}\d]+ - [\p{L}\d]+\.(?:com|co\.id|id|net|org|co|tv))|(?:[\p{Lu}\d][\p{L}\d.'’()&]*)(?:[ ,]+(?:\(\p{Lu}[\p{Lu}\d.&]+\)|[\p{Lu}\d][\p{L}\d.'’()&]*))*?))\s*,?\s+(?:--|-|–|—)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
