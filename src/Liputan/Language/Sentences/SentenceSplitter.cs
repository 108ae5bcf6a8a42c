using System.Collections.Frozen;
using Liputan.Documents;

namespace Liputan.Language.Sentences;

/// <summary>
/// Splits paragraphs into sentences for Indonesian and English news: a period, question or
/// exclamation mark (and closing quotes after it) ends a sentence when the next word starts
/// like a sentence, unless the period belongs to an abbreviation, an initial or a number.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "dr", "drs", "dra", "h", "hj", "ir", "prof", "jl", "jln", "no", "dll", "dsb", "dst", "tsb", "s.h", "sh", "m.si", "msi", "s.e", "se", "m.m", "mm",
        "s.pd", "s.kom", "s.t", "st", "m.a", "m.sc", "ph.d", "phd", "kh", "k.h", "bpk", "ibu", "sdr", "tn", "ny", "nn", "yth", "a.n", "an", "u.p", "up",
        "mr", "mrs", "ms", "jr", "sr", "st", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e",
        "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "aug", "sep", "sept", "okt", "oct", "nov", "nop", "des", "dec", "kab", "kec", "kel", "prov", "pt", "cv", "tbk", "ust", "kol", "brigjen", "mayjen", "letjen", "irjen", "kombes", "akbp", "kompol", "ipda", "iptu", "aiptu", "bripka", "no", "hal", "tel", "telp", "hlm", "ps", "ayat", "bab");

    /// <summary>Sentence spans of the article, paragraph by paragraph.</summary>
    public static List<TextSpan> Split(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = new List<TextSpan>();
        foreach (var p in article.Paragraphs)
        {
            Split(article.Body, p.Span.Start, p.Span.End, result);
        }

        return result;
    }

    /// <summary>Adds the sentence spans of <paramref name="text"/>[start..end) to <paramref name="into"/>.</summary>
    public static void Split(string text, int start, int end, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        var s = Skip(text, start, end);
        var quoteDepth = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '“')
            {
                quoteDepth++;
            }
            else if (c is '”' && quoteDepth > 0)
            {
                quoteDepth--;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ']')
            {
                j++;
            }

            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                continue; // 60.000, Bisnis.com, S.H., "?Langsung" glued: not a boundary here
            }

            var next = Skip(text, j, end);
            if (next >= end)
            {
                break;
            }

            if (c == '.' && IsAbbreviationOrInitial(text, s, i))
            {
                continue;
            }

            var n = text[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '\'' or '(' or '[' or '-' or '–'))
            {
                continue;
            }

            into.Add(Trim(text, s, j));
            s = next;
        }

        if (s < end)
        {
            into.Add(Trim(text, s, end));
        }
    }

    private static bool IsAbbreviationOrInitial(string text, int sentenceStart, int dot)
    {
        var k = dot - 1;
        while (k >= sentenceStart && (char.IsLetter(text[k]) || text[k] == '.'))
        {
            k--;
        }

        var word = text.AsSpan(k + 1, dot - k - 1);
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "Susilo B. Yudhoyono"
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }

    private static int Skip(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static TextSpan Trim(string text, int s, int e)
    {
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextSpan(s, e);
    }
}
