using System.Globalization;
using Liputan.Documents;
using Liputan.Language.Media;

namespace Liputan.Coverage.Outlets;

/// <summary>Per-outlet coverage and the claims that only one outlet makes.</summary>
internal static class OutletCoverageBuilder
{
    private const int MinTerms = 8;
    private const double Unsupported = 0.34;
    private const int PerOutlet = 3;

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
    /// Sentences with names or numbers whose content no other outlet's sentence holds even a
    /// third of: what only that outlet reports. A sentence that holds a quote another outlet
    /// reports too (<paramref name="sharedQuotes"/>: per article, the start of each wording the quote
    /// board groups across outlets) is not, however differently the outlets word it. Only
    /// meaningful with two outlets or more.
    /// </summary>
    public static List<ExclusiveItem> Exclusive(SentencePool pool, ILookup<string, int> sharedQuotes)
    {
        if (pool.Sentences.Select(s => s.Outlet).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return [];
        }

        var items = new List<ExclusiveItem>();
        foreach (var outlet in pool.Sentences.GroupBy(s => s.Outlet, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var picked = outlet
                .Where(s => s.Terms.Count >= MinTerms && Informative(s.Text))
                .Where(s => !HoldsSharedQuote(s, sharedQuotes))
                .Where(s => pool.SharedWithOtherOutlets(s) < Unsupported || !pool.Supporters(s, Unsupported).Any(o => o.Outlet != s.Outlet))
                .OrderByDescending(s => s.Terms.Count)
                .ThenBy(s => s.Article.Id.Value).ThenBy(s => s.Span.Start)
                .Take(PerOutlet);
            items.AddRange(picked.Select(s => new ExclusiveItem(outlet.Key, s.Cite())));
        }

        return items;
    }

    private static bool HoldsSharedQuote(StorySentence s, ILookup<string, int> shared)
    {
        foreach (var start in shared[s.Article.Id.ToString()])
        {
            if (s.Span.Start <= start && start < s.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Informative(string text)
    {
        var capitalised = 0;
        foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            if (char.IsUpper(w[0]) || char.IsDigit(w[0]))
            {
                capitalised++;
            }
        }

        return capitalised >= 2;
    }
}
