using System.Globalization;
using Liputan.Coverage.QuoteBoard;
using Liputan.Documents;
using Liputan.Language.Media;

namespace Liputan.Coverage.Outlets;

/// <summary>Per-outlet coverage and the claims that only one outlet makes.</summary>
internal static class OutletCoverageBuilder
{
    private const int MinTerms = 5;
    private const int PerOutlet = 3;

    // At least this share of a sentence's content must be the outlet's own: a sentence mostly made of what all report is not listed.
    private const double MinShare = 0.4;

    // A report credited to a medium no other outlet cites ("menurut surat kabar X") ranks as if that much more of it were the outlet's own.
    private const double OwnSource = 0.5;

    public static List<OutletCoverage> Outlets(IReadOnlyList<Article> articles, SentencePool pool, Dictionary<ArticleId, ArticleAnnotations> notes)
    {
        var media = CitedMedia(articles, pool, notes);
        return articles
            .GroupBy(a => a.Outlet?.Name ?? "(unknown outlet)", StringComparer.Ordinal)
            .Select(g =>
            {
                var dates = g.Where(a => a.Published is not null).Select(a => a.Published!).OrderBy(d => d.Value).ToList();
                var perDay = new SortedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var d in dates)
                {
                    var day = d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    perDay[day] = perDay.GetValueOrDefault(day) + 1;
                }

                var credits = g.SelectMany(a => a.PhotoCredits).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                return new OutletCoverage(g.Key, g.First().Outlet?.Domain, g.Count(), dates.FirstOrDefault()?.ToIso(), dates.LastOrDefault()?.ToIso(), perDay, credits, media.GetValueOrDefault(g.Key) ?? []);
            })
            .OrderByDescending(o => o.Articles).ThenBy(o => o.First ?? "9999", StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The media each outlet's texts cite, from the language layer, with the sentence that cites
    /// them. An outlet naming itself ("kata X kepada Bisnis.com") is not a cited medium.
    /// </summary>
    private static Dictionary<string, List<CitedMediumRef>> CitedMedia(IReadOnlyList<Article> articles, SentencePool pool, Dictionary<ArticleId, ArticleAnnotations> notes)
    {
        var sentences = pool.Sentences.ToLookup(s => s.Article.Id);
        var byOutlet = new Dictionary<string, Dictionary<string, (string? Domain, SortedSet<string> Cues, List<Citation> Sources)>>(StringComparer.Ordinal);
        for (var k = 0; k < articles.Count; k++)
        {
            var a = articles[k];
            var outlet = a.Outlet?.Name ?? "(unknown outlet)";
            foreach (var m in notes[a.Id].Media)
            {
                if (m.Span is not { } span || SameOutlet(m, a.Outlet))
                {
                    continue;
                }

                if (!byOutlet.TryGetValue(outlet, out var media))
                {
                    byOutlet[outlet] = media = new(StringComparer.OrdinalIgnoreCase);
                }

                var name = m.Domain is null ? Unresolved(a.Body, ref span) : m.Name;
                if (name.Length == 0)
                {
                    continue;
                }

                if (!media.TryGetValue(name, out var entry))
                {
                    media[name] = entry = (m.Domain, new SortedSet<string>(StringComparer.Ordinal), []);
                }

                entry.Cues.Add(m.Cue);
                var sentence = sentences[a.Id].FirstOrDefault(s => s.Span.Start <= span.Start && span.End <= s.Span.End);
                var cite = sentence?.Cite() ?? new Citation(a.Id.ToString(), a.Outlet?.Name, span.Start, span.End, span.TextOf(a.Body));
                if (!entry.Sources.Contains(cite))
                {
                    entry.Sources.Add(cite);
                }
            }
        }

        return byOutlet.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(m => new CitedMediumRef(m.Key, m.Value.Domain, m.Value.Cues.ToList(), m.Value.Sources)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
    }

    private static readonly string[] Descriptors = ["media", "surat kabar", "harian", "kantor berita", "koran", "majalah", "televisi", "stasiun televisi", "situs", "portal"];

    /// <summary>
    /// A medium the directory does not know, as the text names it: within its line and sentence
    /// ("Rusia" of "kepada media Rusia.", not the next paragraph's first word), with the media
    /// word before it when the text describes rather than names it ("media Rusia").
    /// </summary>
    private static string Unresolved(string body, ref TextSpan span)
    {
        var end = span.Start;
        while (end < span.End && body[end] != '\n' && !(body[end] == '.' && (end + 1 == span.End || char.IsWhiteSpace(body[end + 1]))))
        {
            end++;
        }

        span = new TextSpan(span.Start, end);
        var name = span.TextOf(body).Trim();
        var before = body.AsSpan(0, span.Start).TrimEnd();
        foreach (var d in Descriptors)
        {
            if (before.EndsWith(d, StringComparison.OrdinalIgnoreCase) && (before.Length == d.Length || !char.IsLetter(before[^(d.Length + 1)])))
            {
                return before[^d.Length..].ToString().ToLowerInvariant() + " " + name;
            }
        }

        return name;
    }

    private static bool SameOutlet(CitedMedium m, Outlet? outlet) =>
        outlet is not null && (string.Equals(m.Name, outlet.Name, StringComparison.OrdinalIgnoreCase) ||
                               (m.Domain is not null && string.Equals(m.Domain, outlet.Domain, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Per outlet, the sentences with names or numbers of which at least 40 % is clauses no other
    /// outlet's sentence reports (<see cref="ExclusiveClauses"/>), those with most of it first: what
    /// only that outlet reports, also when it adds it to a sentence whose rest all report.
    /// Only meaningful with two outlets or more.
    /// </summary>
    public static List<ExclusiveItem> Exclusive(SentencePool pool, Dictionary<ArticleId, ArticleAnnotations> notes, IReadOnlyList<SpeakerQuotes> board)
    {
        if (pool.Sentences.Select(s => s.Outlet).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return [];
        }

        var clauses = new ExclusiveClauses(pool, notes, board);
        var items = new List<ExclusiveItem>();
        foreach (var outlet in pool.Sentences.GroupBy(s => s.Outlet, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var scored = outlet
                .Where(s => s.Terms.Count >= MinTerms && Informative(s) && !AboutTheOutlet(s, notes))
                .Select(s => (Sentence: s, OwnNumber: clauses.StatesOwnQuantity(s)))
                .Where(x => x.OwnNumber || clauses.MayHoldOwn(x.Sentence))
                .Select(x => (x.Sentence, x.OwnNumber, Share: clauses.Share(x.Sentence)))
                .Where(x => x.Share >= MinShare || x.OwnNumber)
                .Select(x => (x.Sentence, Share: x.Share + (clauses.CitesOwnSource(x.Sentence) ? OwnSource : 0) + (x.OwnNumber ? OwnSource : 0)))
                .OrderByDescending(x => x.Share)
                .ThenBy(x => x.Sentence.Article.Id.Value).ThenBy(x => x.Sentence.Span.Start)
                .ToList();
            items.AddRange(scored.Take(PerOutlet).Select(x => new ExclusiveItem(outlet.Key, x.Sentence.Cite())));
        }

        return items;
    }

    /// <summary>
    /// A sentence that names its own outlet past its first word and holds no quote is about the
    /// outlet ("Dapatkan kabar terbaru X lewat …", "Artikel ini telah tayang di X.id"), not the story;
    /// a dateline ("X.com, JAKARTA - …") and "kata Y kepada X" are not.
    /// </summary>
    private static bool AboutTheOutlet(StorySentence s, Dictionary<ArticleId, ArticleAnnotations> notes)
    {
        if (s.Article.Outlet is not { } outlet || (notes.GetValueOrDefault(s.Article.Id)?.Quotes ?? []).Any(q => q.Span.Start < s.Span.End && s.Span.Start < q.Span.End))
        {
            return false;
        }

        var text = s.Text;
        var first = text.IndexOf(' ', StringComparison.Ordinal);
        if (first < 0)
        {
            return false;
        }

        var rest = text.AsSpan(first);
        var site = outlet.Domain is { } d ? d.Split('.')[0] : null;
        return rest.Contains(outlet.Name, StringComparison.OrdinalIgnoreCase) ||
               (site is { Length: >= 4 } && rest.Contains(site, StringComparison.OrdinalIgnoreCase));
    }

    // Names and numbers: two or more, the first word counted when the article writes it
    // capitalised inside a sentence too (a name, not just a sentence start).
    private static bool Informative(StorySentence s)
    {
        var text = s.Text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalised = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (char.IsDigit(w[0]) || (char.IsUpper(w[0]) && (i > 0 || NamedInside(s.Article.Body, w.TrimEnd(',', '.', ':', ';')))))
            {
                capitalised++;
            }
        }

        return capitalised >= 2;
    }

    private static bool NamedInside(string body, string word)
    {
        for (var at = body.IndexOf(word, StringComparison.Ordinal); at >= 0; at = body.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = body.AsSpan(0, at).TrimEnd(' ');
            if (at > 0 && body[at - 1] == ' ' && before.Length > 0 && char.IsLetterOrDigit(before[^1]))
            {
                return true;
            }
        }

        return false;
    }
}
