using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Liputan.Documents;

namespace Liputan.Language.Quotes;

/// <summary>
/// Finds direct and indirect quotes in Indonesian and English news text, with their cue word and
/// speaker; pronouns and anaphors ("ia", "-nya", "juru bicara itu") resolve to the last suitable
/// named speaker.
/// </summary>
public sealed partial class QuoteExtractor(ISpeakerFinder speakers)
{
    /// <summary>The extractor with the rule-based speaker finder.</summary>
    public static QuoteExtractor Default { get; } = new(RuleSpeakerFinder.Instance);

    private const int MaxQuoteLength = 4000;

    /// <summary>All quotes of <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<Quote> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quotes = new List<Quote>();
        var direct = DirectSpans(text);
        foreach (var span in direct)
        {
            quotes.Add(Direct(text, span, direct));
        }

        quotes.AddRange(Indirect(text, direct));
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return Continue(text, Resolve(text, quotes));
    }

    private enum Mark
    {
        Open,
        Close,
    }

    /// <summary>Pairs quotation marks; a quote runs across paragraphs when the next paragraph reopens it.</summary>
    private static List<TextSpan> DirectSpans(string text)
    {
        var spans = new List<TextSpan>();
        int? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open is not null)
                {
                    var j = i;
                    while (j < text.Length && char.IsWhiteSpace(text[j]))
                    {
                        j++;
                    }

                    if (j < text.Length && IsQuoteMark(text[j]))
                    {
                        i = j; // a continued quote: the next paragraph reopens it
                    }
                    else
                    {
                        open = null; // never closed: not a quote
                    }
                }

                continue;
            }

            if (!IsQuoteMark(c))
            {
                continue;
            }

            var kind = Classify(text, i);
            if (kind == Mark.Open)
            {
                open = i;
            }
            else if (open is { } o)
            {
                if (i + 1 - o <= MaxQuoteLength && HasWord(text, o, i))
                {
                    spans.Add(new TextSpan(o, i + 1));
                }

                open = null;
            }
        }

        return spans;
    }

    private static bool HasWord(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuoteMark(char c) => c is '“' or '”' or '"' or '„' or '«' or '»';

    private static Mark Classify(string text, int i)
    {
        var c = text[i];
        if (c is '„' or '«')
        {
            return Mark.Open;
        }

        if (c is '“')
        {
            // “ also closes in careless typing: ", “ ujar X".
            var k = i + 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            var p = i - 1;
            while (p >= 0 && text[p] == ' ')
            {
                p--;
            }

            return k < text.Length && char.IsLower(text[k]) && p >= 0 && text[p] is ',' or '.' or '!' or '?' ? Mark.Close : Mark.Open;
        }

        if (c is '»')
        {
            return Mark.Close;
        }

        var before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or ':';
        var j = i + 1;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var next = j < text.Length ? text[j] : '\n';
        var startsSomething = char.IsUpper(next) || char.IsDigit(next) || next is '(' || next is '.' && j + 2 < text.Length && text[j + 1] == '.' || next is '…';
        if (before && startsSomething)
        {
            return Mark.Open;
        }

        // Glued to a following word and not to a previous one ("ujarnya "Kita …") also opens.
        return before && j == i + 1 && char.IsLetter(next) ? Mark.Open : Mark.Close;
    }

    private Quote Direct(string text, TextSpan span, List<TextSpan> all)
    {
        // After the closing mark: ", kata X" / ", ujarnya" / ", X said".
        var pos = span.End;
        var w = Words.Next(text, pos, maxGap: 2);
        if (w is { } cue && Words.Gap(text, pos, cue.Start).Trim() is "" or "," && !Words.Gap(text, pos, cue.Start).Contains('\n', StringComparison.Ordinal))
        {
            var word = cue.Of(text);
            if (QuoteCues.IsNya(word))
            {
                return new Quote(span, QuoteKind.Direct, cue, new Speaker(new TextSpan(cue.End - 3, cue.End), null, null, true));
            }

            if (QuoteCues.Short.Contains(word.ToString()) || QuoteCues.Verbs.Contains(word.ToString()) || word.Equals("menurut", StringComparison.OrdinalIgnoreCase))
            {
                var m = speakers.After(text, cue.End);
                return new Quote(span, QuoteKind.Direct, cue, m is null ? null : ToSpeaker(m));
            }

            // ", Smith said" / ", Menteri X mengatakan"
            if (char.IsUpper(word[0]) && speakers.After(text, pos) is { } after)
            {
                var v = Words.Next(text, after.Mention.End, maxGap: 1);
                if (v is { } verb && QuoteCues.IsCue(verb.Of(text)) && Words.Gap(text, after.Mention.End, verb.Start).Trim().Length == 0)
                {
                    return new Quote(span, QuoteKind.Direct, verb, ToSpeaker(after));
                }

                // ", Smith, a government adviser, said" / ", X, penasihat …, mengatakan"
                var close = v is { } rv ? text.IndexOf(',', rv.Start, Math.Min(120, text.Length - rv.Start)) : -1;
                if (v is not null && Words.Gap(text, after.Mention.End, v.Value.Start).Trim() is "," && close > v.Value.Start
                    && text.IndexOfAny(['.', '\n'], v.Value.Start, close - v.Value.Start) < 0
                    && Words.Next(text, close + 1, maxGap: 0) is { } late && QuoteCues.Verbs.Contains(late.TextOf(text)))
                {
                    var role = new TextSpan(v.Value.Start, close);
                    return new Quote(span, QuoteKind.Direct, late, ToSpeaker(after) with { Role = role });
                }
            }
        }

        // ", the minister said" / ", pejabat itu menambahkan": a described speaker before the verb.
        if (w is { } first && Words.Gap(text, pos, first.Start).Trim() is "" or "," && char.IsLower(first.Of(text)[0]))
        {
            var end = first;
            for (var i = 0; i < 4; i++)
            {
                if (Words.Next(text, end.End, maxGap: 0) is not { } n || Words.Gap(text, end.End, n.Start).Trim().Length > 0)
                {
                    break;
                }

                if (QuoteCues.Verbs.Contains(n.TextOf(text)))
                {
                    var described = new TextSpan(first.Start, end.End);
                    return new Quote(span, QuoteKind.Direct, n, new Speaker(described, null, described, true));
                }

                end = n;
            }
        }

        // Before the opening mark: "X mengatakan, “…”" / "kata X: “…”".
        var clauseStart = ClauseStart(text, span.Start, all);
        var lead = text.AsSpan(clauseStart, span.Start - clauseStart);
        foreach (var c in CueWord().EnumerateMatches(lead))
        {
            var cueSpan = new TextSpan(clauseStart + c.Index, clauseStart + c.Index + c.Length);
            var cueWord = cueSpan.Of(text);
            if (!QuoteCues.IsCue(cueWord))
            {
                continue;
            }

            if (QuoteCues.Verbs.Contains(cueWord.ToString()) && speakers.Before(text, cueSpan.Start) is { } before
                && IsLinker(Words.Gap(text, cueSpan.End, span.Start)))
            {
                return new Quote(span, QuoteKind.Direct, cueSpan, ToSpeaker(before));
            }

            if (QuoteCues.IsNya(cueWord) && IsLinker(Words.Gap(text, cueSpan.End, span.Start)))
            {
                return new Quote(span, QuoteKind.Direct, cueSpan, new Speaker(new TextSpan(cueSpan.End - 3, cueSpan.End), null, null, true));
            }

            if (QuoteCues.Short.Contains(cueWord.ToString()) && speakers.After(text, cueSpan.End) is { } afterCue
                && IsLinker(Words.Gap(text, afterCue.Mention.End, span.Start)))
            {
                return new Quote(span, QuoteKind.Direct, cueSpan, ToSpeaker(afterCue));
            }
        }

        return new Quote(span, QuoteKind.Direct, null, null);
    }

    private static bool IsLinker(string gap)
    {
        var g = gap.Trim();
        return g.Length == 0 || g is "," or ":" || g.Length <= 8 && (g.StartsWith(", bahwa", StringComparison.Ordinal) || g is "bahwa" or ", that" or "that");
    }

    private static int ClauseStart(string text, int position, List<TextSpan> direct)
    {
        var limit = Math.Max(0, position - 300);
        foreach (var d in direct)
        {
            if (d.End <= position && d.End > limit)
            {
                limit = d.End;
            }
        }

        for (var i = position - 1; i >= limit; i--)
        {
            if (text[i] is '\n' or '!' or '?' || text[i] == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i + 1 < position - 1)
            {
                return i + 1;
            }
        }

        return limit;
    }

    private IEnumerable<Quote> Indirect(string text, List<TextSpan> direct)
    {
        var d = 0;
        foreach (var s in Sentences(text))
        {
            while (d < direct.Count && direct[d].End <= s.Start)
            {
                d++;
            }

            if (IndirectIn(text, s) is not { } q)
            {
                continue;
            }

            // Reported speech may hold quoted fragments ("X mengatakan Y “akan segera menjawab”
            // bahwa …"); a statement that is only a direct quote is left to the direct rules.
            if (d < direct.Count && direct[d].Start < s.End && (InsideQuote(q.Cue, direct, d, s.End) || WordsOutside(text, q.Span, direct, d) < 3))
            {
                continue;
            }

            yield return q;
        }
    }

    private static bool InsideQuote(TextSpan? cue, List<TextSpan> direct, int from, int limit)
    {
        for (var i = from; cue is { } c && i < direct.Count && direct[i].Start < limit; i++)
        {
            if (direct[i].Start <= c.Start && c.End <= direct[i].End)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordsOutside(string text, TextSpan span, List<TextSpan> direct, int from)
    {
        var count = 0;
        for (var w = Words.Next(text, span.Start); w is { } word && word.End <= span.End; w = Words.Next(text, word.End))
        {
            var inside = false;
            for (var i = from; i < direct.Count && direct[i].Start < span.End && !inside; i++)
            {
                inside = direct[i].Start <= word.Start && word.End <= direct[i].End;
            }

            if (!inside)
            {
                count++;
            }
        }

        return count;
    }

    private Quote? IndirectIn(string text, TextSpan s)
    {
        var first = Words.Next(text, s.Start);
        if (first is null || first.Value.End > s.End)
        {
            return null;
        }

        var end = s.End;
        while (end > s.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '!' or '?'))
        {
            end--;
        }

        // "Menurut X, …" / "According to X, …"
        if (first.Value.Of(text).Equals("Menurut", StringComparison.OrdinalIgnoreCase))
        {
            // The speaker is read up to the first comma only: "Menurut X, Presiden Y …" is X's.
            var comma1 = text.IndexOf(',', first.Value.End, end - first.Value.End);
            if (comma1 > 0 && comma1 - first.Value.End <= 100 && speakers.After(text[..comma1], first.Value.End) is { } am
                && text.AsSpan(am.Mention.End, comma1 - am.Mention.End).Trim().IsEmpty)
            {
                var start = Words.TrimStart(text, comma1, end);
                return StatementOrNull(text, start, end, first.Value, am);
            }
        }

        // "…, kata X." / "…, ujarnya."
        var comma = text.LastIndexOf(',', end - 1, end - s.Start);
        if (comma > s.Start)
        {
            var cue = Words.Next(text, comma + 1, maxGap: 1);
            if (cue is { } cc && text.AsSpan(comma + 1, cc.Start - comma - 1).Trim().Trim("”\"").Length > 0)
            {
                cue = null;
            }

            if (cue is { } c && c.End <= end)
            {
                var word = c.Of(text);
                if (QuoteCues.IsNya(word) && (Words.Next(text, c.End) is not { } nx || nx.Start >= end))
                {
                    return StatementOrNull(text, Words.TrimStart(text, s.Start, comma), comma, c, new SpeakerMention(new TextSpan(c.End - 3, c.End), null, null, true));
                }

                if (QuoteCues.Short.Contains(word.ToString()) && speakers.After(text, c.End) is { } m && m.Mention.End <= end)
                {
                    return StatementOrNull(text, Words.TrimStart(text, s.Start, comma), comma, c, m);
                }
            }
        }

        // "X mengatakan (bahwa) …" with the speaker at the head of the sentence.
        var scanned = 0;
        for (var w = first; w is { } word && word.End <= end && scanned < 20; w = Words.Next(text, word.End), scanned++)
        {
            if (!QuoteCues.Verbs.Contains(word.Of(text).ToString()))
            {
                continue;
            }

            if (speakers.Before(text, word.Start) is not { } m || !HeadsSentence(text, s.Start, m.Mention.Start))
            {
                return null;
            }

            var start = Words.TrimStart(text, SkipAdjunct(text, word.End, end), end);
            if (Words.Next(text, start) is { } b && IsComplementiser(b.Of(text)))
            {
                start = Words.TrimStart(text, b.End, end);
            }

            return StatementOrNull(text, start, end, word, m);
        }

        return null;
    }

    private static bool IsComplementiser(ReadOnlySpan<char> w) => w is "bahwa" or "that" or "jika" or "kalau";

    private static readonly FrozenSet<string> AdjunctPrepositions = new[]
    {
        "kepada", "dalam", "di", "pada", "saat", "ketika", "melalui", "lewat", "via", "dengan", "usai", "seusai", "to", "in", "during",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// After a cue verb, a short adjunct before "bahwa" ("mengatakan kepada wartawan bahwa …",
    /// "mengatakan dalam sebuah pernyataan bahwa …") belongs to the cue, not to the statement.
    /// </summary>
    private static int SkipAdjunct(string text, int position, int end)
    {
        if (Words.Next(text, position) is not { } first || first.End > end || !AdjunctPrepositions.Contains(first.TextOf(text))
            || Words.Gap(text, position, first.Start).Trim().Length > 0)
        {
            return position;
        }

        var w = first;
        for (var i = 0; i < 8 && Words.Next(text, w.End) is { } n && n.End <= end; i++)
        {
            var gap = Words.Gap(text, w.End, n.Start).Trim();
            if (gap.Length > 0)
            {
                return position; // punctuation or a quote inside: not a plain adjunct
            }

            if (IsComplementiser(n.Of(text)))
            {
                return w.End;
            }

            w = n;
        }

        return position;
    }

    private static bool HeadsSentence(string text, int sentenceStart, int mentionStart)
    {
        if (mentionStart < sentenceStart)
        {
            return false;
        }

        var head = text.AsSpan(sentenceStart, mentionStart - sentenceStart).Trim();
        if (head.IsEmpty)
        {
            return true;
        }

        // A connective and a comma: "Namun, X menegaskan"; or "Sementara itu, X …".
        if (head.Length <= 16 && head[^1] == ',' && head.IndexOf(' ') is var sp && (sp < 0 || head[..sp].ToString() is "Sementara" or "Selain" or "Di" or "Dalam"))
        {
            return true;
        }

        var h = head.ToString();
        if (Connectives.Contains(h.TrimEnd(',')) || Determiners.Contains(h))
        {
            return true; // "Namun demikian X mengatakan", "Seorang pejabat mengatakan"
        }

        // A lead phrase and a comma, perhaps with a determiner after it: "Dalam sebuah
        // telekonferensi dengan para reporter, seorang pejabat …", "Menurut pernyataan itu, X …".
        var comma = h.LastIndexOf(',');
        if (comma < 0 || h.Length > 100 || h.AsSpan(0, comma).IndexOfAny(".!?") >= 0)
        {
            return false;
        }

        var after = h[(comma + 1)..].Trim();
        var lead = h[..h.IndexOfAny([' ', ','])];
        return LeadWords.Contains(lead) && (after.Length == 0 || !after.Contains(' ', StringComparison.Ordinal) && after.All(char.IsLower) && after.Length <= 8);
    }

    private static readonly FrozenSet<string> Connectives = new[]
    {
        "Namun", "Namun demikian", "Meski demikian", "Meskipun demikian", "Kendati demikian", "Sementara itu", "Selain itu", "Kemudian",
        "Lalu", "Tetapi", "Tapi", "Akan tetapi", "Sebelumnya", "Sedangkan", "Adapun", "Di sisi lain", "Dalam kesempatan itu", "However", "Meanwhile",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[] { "Seorang", "Sang", "Para", "Salah seorang", "Salah satu" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LeadWords = new[]
    {
        "Dalam", "Di", "Pada", "Saat", "Ketika", "Usai", "Seusai", "Setelah", "Sebelum", "Sebelumnya", "Sementara", "Selain", "Namun",
        "Menurut", "Kepada", "Melalui", "Lewat", "Dengan", "Sejak", "Terkait", "Soal", "Mengenai", "Menanggapi", "Selama", "Dari",
        "In", "During", "After", "Speaking",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static Quote? StatementOrNull(string text, int start, int end, TextSpan cue, SpeakerMention m)
    {
        if (end - start < 12 || !text.AsSpan(start, end - start).Contains(' '))
        {
            return null;
        }

        return new Quote(new TextSpan(start, end), QuoteKind.Indirect, cue, ToSpeaker(m));
    }

    private static Speaker ToSpeaker(SpeakerMention m) =>
        new(m.Mention, m.Pronoun ? null : m.Name, m.Role, m.Pronoun);

    /// <summary>Resolves pronouns, <c>-nya</c> cues and role-only mentions to the last suitable named speaker.</summary>
    private static List<Quote> Resolve(string text, List<Quote> quotes)
    {
        var named = new List<Speaker>();
        var result = new List<Quote>(quotes.Count);
        foreach (var q in quotes)
        {
            if (q.Speaker is not { } sp)
            {
                result.Add(q);
                continue;
            }

            if (sp.Name is not null && !sp.IsAnaphor)
            {
                named.Add(sp);
                result.Add(q);
                continue;
            }

            Speaker? target = null;
            var roleText = sp.Role is { } r ? RoleHead(text, r) : null;
            var personal = sp.Role is null && PersonalPronouns.Contains(sp.Mention.TextOf(text));
            for (var i = named.Count - 1; i >= 0 && target is null; i--)
            {
                // "dia"/"ia" stands for a person: an institution that "said" something earlier is passed
                // over (its mention is checked too: the name part may have lost a leading "Komisi").
                if (personal && (IsInstitution(named[i].Mention.TextOf(text)) || IsInstitution(named[i].Name!.Value.TextOf(text))))
                {
                    continue;
                }

                if (roleText is null || named[i].Role is { } nr && nr.TextOf(text).Contains(roleText, StringComparison.OrdinalIgnoreCase))
                {
                    target = named[i];
                }
            }

            // Anonymous sources ("pejabat itu", "sumber tersebut") are not the last named speaker.
            if (target is null && sp.IsAnaphor && named.Count > 0 && (roleText is null || !AnonymousHeads.Contains(roleText.Split(' ')[0])))
            {
                target = named[^1];
            }

            if (target is null && sp.IsAnaphor && roleText is not null && Antecedent(text, roleText, sp.Mention.Start) is { } described)
            {
                result.Add(q with { Speaker = sp with { Role = described } });
                continue;
            }

            result.Add(target is null ? q : q with { Speaker = sp with { Name = target.Name, Role = sp.Role ?? target.Role, IsAnaphor = true } });
        }

        return result;
    }

    private static readonly FrozenSet<string> PersonalPronouns = new[] { "dia", "ia", "beliau", "he", "she" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsInstitution(string name) =>
        Entities.OrganisationList.Default.CanonicalOf(name) is not null
        || Entities.Gazetteer.Default.CanonicalOf(name, Entities.GazetteerKind.Place) is not null
        || Entities.Gazetteer.Default.CanonicalOf(name, Entities.GazetteerKind.Media) is not null;

    private static readonly FrozenSet<string> AnonymousHeads = new[] { "pejabat", "sumber", "pihak", "official", "source" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A paragraph that is only a quotation, with no cue, continues the speaker of the quote in
    /// the paragraph before it (news style: the cue is given once, then the quote runs on).
    /// </summary>
    private static List<Quote> Continue(string text, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if (q.Kind != QuoteKind.Direct || q.Speaker is not null || q.Cue is not null || !StartsParagraph(text, q.Span.Start) || !EndsParagraph(text, q.Span.End))
            {
                continue;
            }

            var paragraph = ParagraphStart(text, q.Span.Start);
            var previous = paragraph <= 1 ? 0 : ParagraphStart(text, Words.TrimEnd(text, paragraph - 1));
            Quote? source = null;
            for (var k = 0; k < i; k++)
            {
                if (quotes[k].Speaker is not null && quotes[k].Span.End > previous && quotes[k].Span.End <= paragraph && (source is null || quotes[k].Span.End >= source.Span.End))
                {
                    source = quotes[k];
                }
            }

            if (source?.Speaker is { } sp)
            {
                quotes[i] = q with { Speaker = sp with { IsAnaphor = true } };
            }
        }

        return quotes;
    }

    private static int ParagraphStart(string text, int position)
    {
        var nl = position <= 0 ? -1 : text.LastIndexOf('\n', position - 1);
        return nl + 1;
    }

    private static bool StartsParagraph(string text, int position) => text.AsSpan(ParagraphStart(text, position), position - ParagraphStart(text, position)).Trim().IsEmpty;

    private static bool EndsParagraph(string text, int position)
    {
        var nl = text.IndexOf('\n', position);
        return text.AsSpan(position, (nl < 0 ? text.Length : nl) - position).Trim().IsEmpty;
    }

    /// <summary>
    /// The described mention an unnamed anaphor points back to: "pejabat itu" after "pejabat
    /// Gedung Putih" earlier in the text (the head word followed by capitalised words).
    /// </summary>
    private static TextSpan? Antecedent(string text, string head, int before)
    {
        var limit = Math.Max(0, before - 2000);
        for (var at = before - 1; at >= limit;)
        {
            var i = text.LastIndexOf(head, at, at - limit + 1, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return null;
            }

            var boundary = (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + head.Length >= text.Length || !char.IsLetterOrDigit(text[i + head.Length]));
            if (boundary)
            {
                var end = i + head.Length;
                var words = 0;
                while (words < 4 && Words.Next(text, end, maxGap: 0) is { } n && Words.Gap(text, end, n.Start).Trim().Length == 0 && char.IsUpper(text[n.Start]))
                {
                    end = n.End;
                    words++;
                }

                if (words > 0)
                {
                    return new TextSpan(i, end);
                }
            }

            at = i - 1;
        }

        return null;
    }

    private static string RoleHead(string text, TextSpan role)
    {
        var t = role.TextOf(text);
        foreach (var d in (string[])[" itu", " tersebut"])
        {
            if (t.EndsWith(d, StringComparison.OrdinalIgnoreCase))
            {
                t = t[..^d.Length];
            }
        }

        return t.Trim();
    }

    /// <summary>Sentence spans: ends at . ! ? followed by space and a capital, or a newline.</summary>
    private static List<TextSpan> Sentences(string text)
    {
        var list = new List<TextSpan>();
        var start = 0;
        foreach (var m in SentenceEnd().EnumerateMatches(text))
        {
            var end = m.Index + m.Length;
            if (end > start)
            {
                list.Add(new TextSpan(start, end));
            }

            start = end;
        }

        if (start < text.Length)
        {
            list.Add(new TextSpan(start, text.Length));
        }

        return list;
    }

    [GeneratedRegex(@"(?<!\b\p{Lu}\p{Ll}?)[.!?]+[”""]?(?=\s+[\p{Lu}\d“""])|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b\p{L}+\b")]
    private static partial Regex CueWord();
}
