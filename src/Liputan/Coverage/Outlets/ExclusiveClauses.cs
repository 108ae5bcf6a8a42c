using Liputan.Coverage.Facts;
using Liputan.Coverage.QuoteBoard;
using Liputan.Documents;
using Liputan.Language.Quantities;
using Liputan.Language.Quotes;
using Liputan.Language.Stemming;
using Liputan.Language.Tokens;

namespace Liputan.Coverage.Outlets;

/// <summary>
/// How much of a sentence no other outlet reports, clause by clause. Each clause's stems are
/// weighted by their rarity in the story (a name every article repeats weighs little, the
/// words of an added fact weigh much) and compared with every sentence of the other outlets;
/// a clause that no such sentence covers 40 % of, and with two stems no other outlet uses at
/// all (new content, not a rewording), is the outlet's own. Stems, not words, so that another
/// outlet's wording of the same content ("dijanjikan", "menjanjikan") still counts as reporting
/// it. In a sentence that holds a quote, only the quote is content: the rest names the speaker
/// and the cue. A quote the board shows from several outlets is reported elsewhere, however
/// differently worded, except a further statement it joins ("… dan juga mengatakan …") that the
/// other wordings do not hold; a quote of a speaker no other outlet names is the outlet's own.
/// </summary>
internal sealed class ExclusiveClauses
{
    /// <summary>Share of a clause's weight that one sentence of another outlet must hold for the clause to be reported there too.</summary>
    public const double Covered = 0.4;

    /// <summary>Stems of a clause that no other outlet uses, for it to be new content rather than a rewording.</summary>
    public const int MinUnseen = 2;

    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    // Each stem: the one outlet whose sentences use it, or null when several do.
    private readonly Dictionary<string, string?> _usedBy = new(StringComparer.Ordinal);
    private readonly double[] _shared;
    private readonly List<int> _touched = [];
    private readonly string[] _outletOf;
    private readonly double _n;
    private readonly Dictionary<ArticleId, ArticleAnnotations> _notes;

    // Per article, the quotes the board shows from two outlets or more, each with its outlet and, for each stem of its entry's wordings, the one outlet using it (null: several).
    private readonly Dictionary<string, List<(int Start, string Outlet, Dictionary<string, string?> UsedBy)>> _sharedQuotes = new(StringComparer.Ordinal);

    // Per article, the starts of the quotes of a speaker whom no other outlet names.
    private readonly Dictionary<string, HashSet<int>> _ownSpeaker = new(StringComparer.Ordinal);

    // Each name asked about (a speaker's, a cited medium's last word): the one outlet that writes it, or null when several do.
    private readonly Dictionary<string, string?> _namedBy = new(StringComparer.Ordinal);

    // Per article, the counted quantities it writes in digits (start, range), and every outlet's counted ranges, whatever the noun.
    private readonly Dictionary<string, List<(int Start, double Min, double Max)>> _quantities = new(StringComparer.Ordinal);
    private readonly List<(string Outlet, double Min, double Max)> _ranges = [];

    /// <summary>Relative slack when two outlets' values of one unit are compared ("hampir 1 jam" and "50 menit" are one claim).</summary>
    public const double Slack = 0.2;

    public ExclusiveClauses(SentencePool pool, Dictionary<ArticleId, ArticleAnnotations> notes, IReadOnlyList<SpeakerQuotes> board)
    {
        _notes = notes;
        var sentences = pool.Sentences;
        _outletOf = new string[sentences.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            _outletOf[i] = sentences[i].Outlet;
            seen.Clear();
            foreach (var t in sentences[i].Terms)
            {
                var s = Stem(t);
                if (!seen.Add(s))
                {
                    continue;
                }

                if (!_postings.TryGetValue(s, out var list))
                {
                    _postings[s] = list = [];
                }

                list.Add(i);
                _usedBy[s] = _usedBy.TryGetValue(s, out var by) && by != _outletOf[i] ? null : _outletOf[i];
            }
        }

        _n = sentences.Count + 1.0;
        _shared = new double[sentences.Count];
        // Only the names asked about later are looked for: the speakers one outlet quotes, the media cited.
        var articles = sentences.Select(x => x.Article).DistinctBy(x => x.Id).ToList();
        var wanted = board.Where(b => b.Quotes.SelectMany(e => e.Wordings).Select(w => w.Outlet).Distinct(StringComparer.Ordinal).Count() == 1).Select(b => NameWord(b.Speaker))
            .Concat(articles.SelectMany(a => notes.GetValueOrDefault(a.Id)?.Media ?? []).Select(m => NameWord(m.Name)))
            .Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count > 0)
        {
            var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var a in articles)
            {
                NoteNames(a.Body, a.Outlet?.Name ?? "(unknown outlet)", lookup);
            }
        }

        foreach (var sentence in sentences)
        {
            NoteQuantities(sentence);
        }

        foreach (var speaker in board)
        {
            var outlets = speaker.Quotes.SelectMany(e => e.Wordings).Select(w => w.Outlet).Distinct(StringComparer.Ordinal).ToList();
            if (outlets.Count == 1 && OnlyNamedBy(speaker.Speaker, outlets[0]))
            {
                foreach (var w in speaker.Quotes.SelectMany(e => e.Wordings))
                {
                    if (!_ownSpeaker.TryGetValue(w.Quote.ArticleId, out var starts))
                    {
                        _ownSpeaker[w.Quote.ArticleId] = starts = [];
                    }

                    starts.Add(w.Quote.Start);
                }
            }
        }

        foreach (var entry in board.SelectMany(b => b.Quotes))
        {
            if (entry.Wordings.Select(w => w.Outlet).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            // Each stem of the entry's wordings: the one outlet whose wordings use it, or null when several do.
            var usedBy = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var w in entry.Wordings)
            {
                foreach (var st in ContentTerms.Of(w.Quote.Text).Select(Stem))
                {
                    usedBy[st] = usedBy.TryGetValue(st, out var by) && by != w.Outlet ? null : w.Outlet;
                }
            }

            foreach (var w in entry.Wordings)
            {
                if (!_sharedQuotes.TryGetValue(w.Quote.ArticleId, out var list))
                {
                    _sharedQuotes[w.Quote.ArticleId] = list = [];
                }

                list.Add((w.Quote.Start, w.Outlet, usedBy));
            }
        }
    }

    /// <summary>
    /// False when the sentence cannot hold a clause of its own: it has fewer stems that no other
    /// outlet uses than a clause needs, and no quote of a speaker only its outlet names. A cheap
    /// test before <see cref="Share"/>, which compares clauses with the other outlets' sentences.
    /// </summary>
    public bool MayHoldOwn(StorySentence s)
    {
        if (_ownSpeaker.TryGetValue(s.Article.Id.ToString(), out var starts) && starts.Any(q => s.Span.Start <= q && q < s.Span.End))
        {
            return true;
        }

        var unseen = 0;
        foreach (var t in s.Terms)
        {
            if (_usedBy.GetValueOrDefault(Stem(t)) == s.Outlet && ++unseen >= MinUnseen)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How much of the sentence only its outlet reports: the share of its content weight in
    /// clauses of its own, each counted for the part the other outlets' closest sentence lacks;
    /// 0 when each clause is reported elsewhere.
    /// </summary>
    public double Share(StorySentence s)
    {
        var body = s.Article.Body;
        var quotes = (_notes.GetValueOrDefault(s.Article.Id)?.Quotes ?? []).Where(q => q.Span.Start < s.Span.End && s.Span.Start < q.Span.End).ToList();
        var clauses = Clauses.Split(body, s.Span.Start, s.Span.End, quotes.SelectMany(q => new[] { q.Span.Start, q.Span.End }))
            .Select(c => (c.Span, Stems: c.Terms.Select(Stem).Distinct(StringComparer.Ordinal).ToList(), Quote: QuoteOf(quotes, c.Span)))
            .ToList();
        var skip = new bool[clauses.Count];
        for (var k = 0; k < clauses.Count; k++)
        {
            skip[k] = quotes.Count > 0 && clauses[k].Quote is null;
        }

        foreach (var shared in _sharedQuotes.GetValueOrDefault(s.Article.Id.ToString()) ?? [])
        {
            SkipSharedStatement(clauses.Select(c => (c.Span, c.Stems, InQuote: c.Quote is { } q && q.Span.Start == shared.Start)).ToList(), st => shared.UsedBy.TryGetValue(st, out var by) && by != shared.Outlet, body, skip);
        }

        var ownSpeaker = _ownSpeaker.GetValueOrDefault(s.Article.Id.ToString());
        double own = 0, all = 0;
        for (var k = 0; k < clauses.Count; k++)
        {
            var stems = clauses[k].Stems;
            if (skip[k])
            {
                continue;
            }

            var weight = stems.Sum(Idf);
            all += weight;
            if (ownSpeaker is not null && clauses[k].Quote is { } q && ownSpeaker.Contains(q.Span.Start))
            {
                own += weight;
                continue;
            }

            if (stems.Count < Clauses.MinTerms || stems.Count(x => _usedBy.GetValueOrDefault(x) == s.Outlet) < MinUnseen)
            {
                continue;
            }

            var covered = CoveredElsewhere(stems, s.Outlet) / weight;
            if (covered < Covered)
            {
                own += weight * (1 - covered);
            }
        }

        return all == 0 ? 0 : own / all;
    }

    /// <summary>True when the sentence cites a medium ("menurut surat kabar X") that no other outlet names.</summary>
    public bool CitesOwnSource(StorySentence s)
    {
        foreach (var m in _notes.GetValueOrDefault(s.Article.Id)?.Media ?? [])
        {
            if (m.Span is { } span && s.Span.Start <= span.Start && span.Start < s.Span.End && OnlyNamedBy(m.Name, s.Outlet))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence states a counted quantity ("30 negara", "175.000 tentara") whose value
    /// no other outlet's counted quantity comes close to: a number is a fact of its own even when the
    /// clause around it rewords what others report. Compared by value, not as words (the "30" of a
    /// date or the noun alone say nothing about it), and whatever the counted noun, since outlets
    /// count one thing with different nouns ("10.000 tentara", "10.000 pasukan").
    /// </summary>
    public bool StatesOwnQuantity(StorySentence s)
    {
        foreach (var q in _quantities.GetValueOrDefault(s.Article.Id.ToString()) ?? [])
        {
            if (q.Start < s.Span.Start || q.Start >= s.Span.End)
            {
                continue;
            }

            var lo = q.Min * (1 - Slack);
            var hi = q.Max * (1 + Slack);
            if (!_ranges.Any(r => r.Outlet != s.Outlet && r.Min <= hi && lo <= r.Max))
            {
                return true;
            }
        }

        return false;
    }

    // Only sentences that write a number in digits or a large one in words are read for
    // quantities: the finder is the costly step, and a number under ten, which Indonesian writes in
    // words, is no fact to list as one outlet's own.
    private void NoteQuantities(StorySentence sentence)
    {
        var text = sentence.Text;
        if (!text.Any(char.IsDigit) && !LargeNumberWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var id = sentence.Article.Id.ToString();
        if (!_quantities.TryGetValue(id, out var list))
        {
            _quantities[id] = list = [];
        }

        foreach (var q in QuantityFinder.Find(text, sentence.Article.Language))
        {
            // Bare numbers, years, durations ("selama dua bulan terakhir": the time around a fact)
            // and vague counts ("beberapa") are no counted claim of their own.
            if (q.Unit is null || q.Unit is "year" || q.Approximation == Approximation.Vague || FactAligner.Slot(q.Unit).Slot == "duration")
            {
                continue;
            }

            _ranges.Add((sentence.Outlet, q.Min, q.Max));
            if (q.Span.TextOf(text).Any(char.IsDigit))
            {
                list.Add((sentence.Span.Start + q.Span.Start, q.Min, q.Max));
            }
        }
    }

    private static readonly string[] LargeNumberWords = ["belas", "puluh", "ratus", "ribu", "juta", "miliar", "dozen", "hundred", "thousand", "million", "billion"];

    // The name's last word ("Wiratama" of "Sari Wiratama", "CNN" of "CNN.com") is written by no other outlet.
    private bool OnlyNamedBy(string name, string outlet)
    {
        var word = NameWord(name);
        return word.Length > 0 && _namedBy.TryGetValue(word, out var by) && by == outlet;
    }

    private static string NameWord(string name)
    {
        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var word = new string(last.TakeWhile(char.IsLetterOrDigit).ToArray());
        return word.Length > 0 && char.IsUpper(word[0]) ? word : "";
    }

    private void NoteNames(string body, string outlet, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wanted)
    {
        var i = 0;
        while (i < body.Length)
        {
            if (!char.IsLetterOrDigit(body[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < body.Length && char.IsLetterOrDigit(body[i]))
            {
                i++;
            }

            if (char.IsUpper(body[start]) && wanted.TryGetValue(body.AsSpan(start, i - start), out var word))
            {
                _namedBy[word] = _namedBy.TryGetValue(word, out var by) && by != outlet ? null : outlet;
            }
        }
    }

    private static Quote? QuoteOf(List<Quote> quotes, TextSpan clause)
    {
        var mid = (clause.Start + clause.End) / 2;
        return quotes.FirstOrDefault(q => q.Span.Start <= mid && mid < q.Span.End);
    }

    // The shared quote's clauses, cut into statements where a further one opens; the statement
    // the other wordings hold most of is the one reported elsewhere, and is skipped.
    private void SkipSharedStatement(List<(TextSpan Span, List<string> Stems, bool InQuote)> clauses, Func<string, bool> heldByOthers, string body, bool[] skip)
    {
        var statements = new List<List<int>>();
        for (var k = 0; k < clauses.Count; k++)
        {
            if (!clauses[k].InQuote)
            {
                continue;
            }

            if (statements.Count == 0 || Clauses.OpensStatement(body, clauses[k].Span))
            {
                statements.Add([]);
            }

            statements[^1].Add(k);
        }

        var held = statements.Select(st => st.SelectMany(k => clauses[k].Stems).Distinct(StringComparer.Ordinal).Where(heldByOthers).Sum(Idf)).ToList();
        if (held.Count == 0)
        {
            return;
        }

        foreach (var k in statements[held.IndexOf(held.Max())])
        {
            skip[k] = true;
        }
    }

    // The largest weight of the stems that one sentence of another outlet shares with the clause.
    private double CoveredElsewhere(List<string> stems, string outlet)
    {
        foreach (var st in stems)
        {
            var w = Idf(st);
            foreach (var i in _postings.GetValueOrDefault(st) ?? [])
            {
                if (_outletOf[i] != outlet)
                {
                    if (_shared[i] == 0)
                    {
                        _touched.Add(i);
                    }

                    _shared[i] += w;
                }
            }
        }

        var best = 0.0;
        foreach (var i in _touched)
        {
            best = Math.Max(best, _shared[i]);
            _shared[i] = 0;
        }

        _touched.Clear();
        return best;
    }

    private double Idf(string stem) => Math.Log(_n / Math.Max(1, _postings.GetValueOrDefault(stem)?.Count ?? 0));

    private string Stem(string term)
    {
        if (!_stems.TryGetValue(term, out var s))
        {
            _stems[term] = s = char.IsDigit(term[0]) ? term : IndonesianStemmer.Default.Stem(term);
        }

        return s;
    }
}
