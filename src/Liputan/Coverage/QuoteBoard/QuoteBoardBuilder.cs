using Liputan.Coverage.Facts;
using Liputan.Documents;
using Liputan.Language.Stemming;
using Liputan.Language.Quotes;
using Liputan.Language.Tokens;

namespace Liputan.Coverage.QuoteBoard;

/// <summary>
/// The quote board: quotes of every article grouped by speaker (names that end in the same
/// surname are one person: "Yuliani Sukmawati", "Yuliyani Sukmawati" and "Sukmawati"), and, per speaker, the
/// wordings of one statement across outlets grouped into one entry by shared word stems
/// ("menyebutkan" meets "menyebut"). The same statement reported by several outlets is also an
/// "attributed statement" fact: the outlets agree on who said it, or they name different speakers.
/// </summary>
internal static class QuoteBoardBuilder
{
    private const double SameStatement = 0.34;

    // Across speakers a statement must share more: two people may say alike things.
    private const double SameStatementAcrossSpeakers = 0.5;

    private sealed record Said(Article Article, Quote Quote, string Name, string Key, string? Role, HashSet<string> Terms);

    /// <summary>The board, and the attributed-statement facts of the statements that several outlets report.</summary>
    public static List<SpeakerQuotes> Build(IReadOnlyList<Article> articles, Dictionary<ArticleId, ArticleAnnotations> notes, out List<Fact> statements)
    {
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        string Stem(string t)
        {
            if (!stems.TryGetValue(t, out var s))
            {
                stems[t] = s = char.IsDigit(t[0]) ? t : IndonesianStemmer.Default.Stem(t);
            }

            return s;
        }

        var said = new List<Said>();
        for (var k = 0; k < articles.Count; k++)
        {
            var a = articles[k];
            foreach (var q in notes[a.Id].Quotes)
            {
                var role = q.Speaker?.Role is { } r ? r.TextOf(a.Body).Trim() : null;
                string name, key;
                if (q.Speaker?.Name is { } n)
                {
                    name = n.TextOf(a.Body).Trim();
                    key = SpeakerKey(name);
                }
                else if (role is { Length: > 0 } && UnnamedSpeaker.Key(role, Stem) is { } described)
                {
                    // Unnamed sources ("seorang pejabat senior pemerintahan") are known by their description.
                    name = UnnamedSpeaker.Display(role);
                    key = described;
                }
                else
                {
                    continue;
                }

                said.Add(new Said(a, q, name, key, role, ContentTerms.Of(a.Body, q.Span.Start, q.Span.End).Select(Stem).ToHashSet(StringComparer.Ordinal)));
            }
        }

        said = ByFirstName(said);
        var board = new List<SpeakerQuotes>();
        var displayOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new List<List<Said>>();
        foreach (var speaker in UnnamedSpeaker.Unify(said, s => s.Key, (s, k) => s with { Key = k }).GroupBy(s => s.Key, StringComparer.Ordinal))
        {
            var display = speaker.GroupBy(s => s.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Key.Split(' ').Length is >= 2 and <= 3).ThenByDescending(g => g.Count()).ThenByDescending(g => g.Key.Split(' ').Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            displayOf[speaker.Key] = display;
            var roles = speaker.Where(s => s.Role is not null).Select(s => s.Role!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var items = speaker.ToList();
            var parent = Enumerable.Range(0, items.Count).ToArray();
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (Overlap(items[i].Terms, items[j].Terms) >= SameStatement)
                    {
                        parent[Find(j)] = Find(i);
                    }
                }
            }

            groups.AddRange(Enumerable.Range(0, items.Count).GroupBy(Find).Select(g => g.Select(i => items[i]).ToList()));
            var entries = Enumerable.Range(0, items.Count).GroupBy(Find)
                .Select(g => new QuoteEntry(g.Select(i => items[i]).Select(s => new QuoteWording(
                    s.Article.Outlet?.Name ?? "(unknown outlet)",
                    s.Quote.Kind == QuoteKind.Direct ? "direct" : "indirect",
                    s.Quote.Cue?.TextOf(s.Article.Body),
                    new Citation(s.Article.Id.ToString(), s.Article.Outlet?.Name, s.Quote.Span.Start, s.Quote.Span.End, s.Quote.Span.TextOf(s.Article.Body)))).ToList()))
                .OrderByDescending(e => e.Wordings.Select(w => w.Outlet).Distinct(StringComparer.Ordinal).Count())
                .ThenBy(e => e.Wordings[0].Quote.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Wordings[0].Quote.Start)
                .ToList();
            board.Add(new SpeakerQuotes(display, roles, entries));
        }

        statements = Statements(groups, displayOf);
        return board.OrderByDescending(b => b.Quotes.Sum(q => q.Wordings.Count)).ThenBy(b => b.Speaker, StringComparer.Ordinal).ToList();
    }

    // One statement across outlets and speakers: the board's entries, and entries of different
    // speakers joined when their wordings share most words on average (average link, on a sample
    // of each, so that one loose pair does not chain unrelated statements); kept when two outlets
    // or more report it.
    private static List<Fact> Statements(List<List<Said>> entries, Dictionary<string, string> displayOf)
    {
        var merged = entries.Select(e => e.ToList()).ToList();
        for (var i = 0; i < merged.Count; i++)
        {
            for (var j = i + 1; j < merged.Count; j++)
            {
                if (merged[j].Count > 0 && merged[i].Count > 0 && merged[i][0].Key != merged[j][0].Key &&
                    AverageOverlap(merged[i], merged[j]) >= SameStatementAcrossSpeakers)
                {
                    merged[i].AddRange(merged[j]);
                    merged[j].Clear();
                }
            }
        }

        var facts = new List<Fact>();
        foreach (var group in merged.Where(g => g.Count > 0))
        {
            var perOutlet = group.GroupBy(s => s.Article.Outlet?.Name ?? "(unknown outlet)", StringComparer.Ordinal)
                .Select(g => g.OrderBy(s => s.Quote.Span.Start).First()).OrderBy(s => s.Article.Outlet?.Name ?? "", StringComparer.Ordinal).ToList();
            if (perOutlet.Count < 2)
            {
                continue;
            }

            var speakers = perOutlet.Select(s => s.Key).Distinct(StringComparer.Ordinal).Count();
            var values = perOutlet.Select(s => new FactValue(
                s.Article.Outlet?.Name ?? "(unknown outlet)",
                displayOf[s.Key],
                0,
                0,
                new Citation(s.Article.Id.ToString(), s.Article.Outlet?.Name, s.Quote.Span.Start, s.Quote.Span.End, s.Quote.Span.TextOf(s.Article.Body)),
                displayOf[s.Key])).ToList();
            var about = group.Select(s => s.Terms).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal)).Order(StringComparer.Ordinal).Take(6).ToList();
            facts.Add(new Fact("statement", "speaker", speakers == 1 ? "agree" : "differ", about, values));
        }

        return facts;
    }

    // Indonesian reports often name a person once in full and then by the first name alone
    // ("Rina Hartati" … "kata Rina"), and another outlet may use only the short form: a one-word
    // name joins the one full name of the story it begins or sits inside, when there is just one.
    private static List<Said> ByFirstName(List<Said> said)
    {
        var keysOfWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var s in said.Where(s => s.Quote.Speaker?.Name is not null))
        {
            var words = s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var w in words.SkipLast(1))
            {
                var word = w.ToLowerInvariant();
                if (!keysOfWord.TryGetValue(word, out var keys))
                {
                    keysOfWord[word] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(s.Key);
            }
        }

        var lastNames = said.Where(s => s.Quote.Speaker?.Name is not null && s.Name.Contains(' ', StringComparison.Ordinal)).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        return said.Select(s =>
            s.Quote.Speaker?.Name is not null && !s.Name.Contains(' ', StringComparison.Ordinal) && !lastNames.Contains(s.Key)
            && keysOfWord.TryGetValue(s.Key, out var keys) && keys.Count == 1
                ? s with { Key = keys.First() }
                : s).ToList();
    }

    // A person is known by the last word of their name, lower-cased without accents of spelling
    // ("Sergey"/"Sergei" differ only before it).
    private static string SpeakerKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name.ToLowerInvariant() : words[^1].ToLowerInvariant();
    }

    private static double AverageOverlap(List<Said> a, List<Said> b)
    {
        const int Sample = 8;
        double sum = 0;
        var n = 0;
        foreach (var x in a.Take(Sample))
        {
            foreach (var y in b.Take(Sample))
            {
                sum += Overlap(x.Terms, y.Terms);
                n++;
            }
        }

        return n == 0 ? 0 : sum / n;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        return smaller == 0 ? 0 : (double)a.Count(b.Contains) / smaller;
    }
}
