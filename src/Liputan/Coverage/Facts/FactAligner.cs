using Liputan.Language.Quantities;

namespace Liputan.Coverage.Facts;

/// <summary>
/// Aligns quantity claims across a story's articles by slot (READING.md: slot-wise comparison is
/// the explainable way): quantities of one kind (durations in minutes, counted nouns, currency,
/// percent) whose sentences share enough content words are one fact; their hedged ranges decide
/// whether the outlets agree, are compatible, or differ. Only comparable slots are compared.
/// </summary>
internal static class FactAligner
{
    private const double SameContext = 0.2;
    private const int MaxFacts = 25;

    private sealed record Item(StorySentence Sentence, Quantity Quantity, string Slot, string Unit, double Min, double Max);

    public static List<Fact> Align(SentencePool pool)
    {
        var items = new List<Item>();
        var groups = pool.Sentences.GroupBy(s => s.Article.Id).ToList();
        var found = new IReadOnlyList<Quantity>[groups.Count];
        Parallel.For(0, groups.Count, k => found[k] = QuantityFinder.Find(groups[k].First().Article.Body, groups[k].First().Article.Language));
        for (var k = 0; k < groups.Count; k++)
        {
            var article = groups[k];
            var a = article.First().Article;
            foreach (var q in found[k])
            {
                if (q.Unit is null || q.Unit is "year")
                {
                    continue; // bare numbers and years are not comparable claims
                }

                var sentence = article.FirstOrDefault(s => s.Span.Start <= q.Span.Start && q.Span.End <= s.Span.End);
                if (sentence is null)
                {
                    continue;
                }

                var (slot, unit, scale) = Slot(q.Unit);
                var (min, max) = Range(q);
                items.Add(new Item(sentence, q, slot, unit, min * scale, max * scale));
            }
        }

        // Single-link grouping within a slot by the words around the quantity. Pairs come from
        // postings of shared words, so the cost follows the overlap, not the square of the count.
        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var words = items.Select(x => x.Sentence.Terms.Where(t => !char.IsDigit(t[0])).ToArray()).ToArray();
        foreach (var slot in Enumerable.Range(0, items.Count).GroupBy(i => items[i].Slot, StringComparer.Ordinal))
        {
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var shared = new Dictionary<int, int>();
            foreach (var i in slot)
            {
                shared.Clear();
                foreach (var t in words[i])
                {
                    if (!postings.TryGetValue(t, out var list))
                    {
                        postings[t] = list = [];
                    }

                    foreach (var j in list)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }

                    list.Add(i);
                }

                foreach (var (j, common) in shared)
                {
                    // Values of one article are its own facts; across articles, the same slot in
                    // sentences about the same thing, or the same range with a few words in common.
                    var a = items[i];
                    var b = items[j];
                    if (a.Sentence.Article.Id == b.Sentence.Article.Id)
                    {
                        continue;
                    }

                    var jaccard = (double)common / (words[i].Length + words[j].Length - common);
                    var overlap = Math.Max(a.Min, b.Min) <= Math.Min(a.Max, b.Max);
                    if (jaccard >= SameContext || (overlap && common >= 2))
                    {
                        parent[Find(j)] = Find(i);
                    }
                }
            }
        }

        var facts = new List<Fact>();
        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(Find).Select(g => g.Select(i => items[i]).ToList()))
        {
            // One value per outlet: its first mention.
            var values = group.GroupBy(x => x.Sentence.Outlet, StringComparer.Ordinal)
                .Select(g => g.OrderBy(x => x.Sentence.Span.Start).First())
                .Select(x => new FactValue(x.Sentence.Outlet, x.Sentence.Article.Body[x.Quantity.Span.Start..x.Quantity.Span.End], x.Min, x.Max, x.Sentence.Cite()))
                .OrderBy(v => v.Outlet, StringComparer.Ordinal)
                .ToList();
            var about = group.Select(x => x.Sentence.Terms).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal))
                .Where(t => !char.IsDigit(t[0])).Order(StringComparer.Ordinal).Take(6).ToList();
            facts.Add(new Fact(group[0].Slot, group[0].Unit, Verdict(values), about, values));
        }

        return facts
            .OrderByDescending(f => f.Values.Count)
            .ThenBy(f => f.Slot, StringComparer.Ordinal)
            .ThenBy(f => f.Values[0].Source.ArticleId, StringComparer.Ordinal)
            .ThenBy(f => f.Values[0].Source.Start)
            .Take(MaxFacts)
            .ToList();
    }

    private static string Verdict(List<FactValue> values)
    {
        if (values.Count < 2)
        {
            return "single source";
        }

        if (values.All(v => v.Min == values[0].Min && v.Max == values[0].Max))
        {
            return "agree";
        }

        var low = values.Max(v => v.Min);
        var high = values.Min(v => v.Max);
        return low <= high ? "compatible" : "differ";
    }

    // Durations compare in minutes; counted nouns that name the same thing share a slot.
    private static (string Slot, string Unit, double Scale) Slot(string unit) => unit switch
    {
        "second" => ("duration", "minute", 1.0 / 60),
        "minute" => ("duration", "minute", 1),
        "hour" => ("duration", "minute", 60),
        "day" => ("duration", "minute", 1440),
        "week" => ("duration", "minute", 10080),
        "month" => ("duration", "minute", 43200),
        "tentara" or "pasukan" or "personel" or "prajurit" or "serdadu" => ("troops", "troops", 1),
        "orang" or "warga" or "jiwa" or "people" => ("people", "people", 1),
        _ => (unit, unit, 1),
    };

    // The range a hedged quantity allows: "hampir 60" is just under 60, "sekitar" ±15 %.
    private static (double Min, double Max) Range(Quantity q) => q.Approximation switch
    {
        Approximation.About => (q.Min * 0.85, q.Max * 1.15),
        Approximation.LessThan => (q.Min * 0.75, q.Max),
        Approximation.MoreThan => (q.Min, q.Max * 1.5),
        Approximation.UpTo => (0, q.Max),
        Approximation.AtLeast => (q.Min, double.MaxValue),
        _ => (q.Min, q.Max),
    };
}
