using System.Globalization;
using Liputan.Documents;

namespace Liputan.Coverage.Outlets;

/// <summary>Per-outlet coverage and the claims that only one outlet makes.</summary>
internal static class OutletCoverageBuilder
{
    private const int MinTerms = 8;
    private const double Unsupported = 0.34;
    private const int PerOutlet = 3;

    public static List<OutletCoverage> Outlets(IReadOnlyList<Article> articles)
    {
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
                return new OutletCoverage(g.Key, g.First().Outlet?.Domain, g.Count(), dates.FirstOrDefault()?.ToIso(), dates.LastOrDefault()?.ToIso(), perDay, credits);
            })
            .OrderByDescending(o => o.Articles).ThenBy(o => o.First ?? "9999", StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Sentences with names or numbers whose content no other outlet's sentence holds even a
    /// third of: what only that outlet reports. Only meaningful with two outlets or more.
    /// </summary>
    public static List<ExclusiveItem> Exclusive(SentencePool pool)
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
                .Where(s => pool.SharedWithOtherOutlets(s) < Unsupported || !pool.Supporters(s, Unsupported).Any(o => o.Outlet != s.Outlet))
                .OrderByDescending(s => s.Terms.Count)
                .ThenBy(s => s.Article.Id.Value).ThenBy(s => s.Span.Start)
                .Take(PerOutlet);
            items.AddRange(picked.Select(s => new ExclusiveItem(outlet.Key, s.Cite())));
        }

        return items;
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
