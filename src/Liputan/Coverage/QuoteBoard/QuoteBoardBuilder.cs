using Liputan.Documents;
using Liputan.Language.Quotes;
using Liputan.Language.Tokens;

namespace Liputan.Coverage.QuoteBoard;

/// <summary>
/// The quote board: quotes of every article grouped by speaker (names that end in the same
/// surname are one person: "Yuliani Sukmawati", "Yuliyani Sukmawati" and "Sukmawati"), and, per speaker, the
/// wordings of one statement across outlets grouped into one entry by shared content words.
/// </summary>
internal static class QuoteBoardBuilder
{
    private const double SameStatement = 0.3;

    private sealed record Said(Article Article, Quote Quote, string Name, string? Role, HashSet<string> Terms);

    public static List<SpeakerQuotes> Build(IReadOnlyList<Article> articles)
    {
        var said = new List<Said>();
        var extracted = new IReadOnlyList<Quote>[articles.Count];
        Parallel.For(0, articles.Count, k => extracted[k] = QuoteExtractor.Default.Extract(articles[k].Body));
        for (var k = 0; k < articles.Count; k++)
        {
            var a = articles[k];
            foreach (var q in extracted[k])
            {
                if (q.Speaker?.Name is not { } name)
                {
                    continue;
                }

                var role = q.Speaker.Role is { } r ? r.TextOf(a.Body) : null;
                said.Add(new Said(a, q, name.TextOf(a.Body).Trim(), role, ContentTerms.Of(a.Body, q.Span.Start, q.Span.End).ToHashSet(StringComparer.Ordinal)));
            }
        }

        var board = new List<SpeakerQuotes>();
        foreach (var speaker in said.GroupBy(s => SpeakerKey(s.Name), StringComparer.Ordinal))
        {
            var display = speaker.GroupBy(s => s.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Key.Split(' ').Length is >= 2 and <= 3).ThenByDescending(g => g.Count()).ThenByDescending(g => g.Key.Split(' ').Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
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

        return board.OrderByDescending(b => b.Quotes.Sum(q => q.Wordings.Count)).ThenBy(b => b.Speaker, StringComparer.Ordinal).ToList();
    }

    // A person is known by the last word of their name, lower-cased without accents of spelling
    // ("Yury"/"Yuri" differ only before it).
    private static string SpeakerKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name.ToLowerInvariant() : words[^1].ToLowerInvariant();
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        return smaller == 0 ? 0 : (double)a.Count(b.Contains) / smaller;
    }
}
