using Liputan.Language.Quantities;
using Liputan.Language.Times;
using Liputan.Language.Tokens;

namespace Liputan.Coverage.Facts;

/// <summary>
/// Aligns claims across a story's articles by slot (READING.md: slot-wise comparison is the
/// explainable way): quantities of one kind (durations in minutes, counted nouns, currency,
/// percent), dates, ordinals ("pertemuan kedua") and agents ("diminta oleh X", "atas saran X")
/// whose sentences are about the same thing are one fact; their ranges decide whether the outlets
/// agree, are compatible, or differ. Values are compared within one story event; a fact that
/// several events report is shown once more across events, its values side by side.
/// </summary>
internal static class FactAligner
{
    private const double SameContext = 0.2;
    private const int MaxFacts = 30;

    // Bounds on the candidate pairs, so that a story of hundreds of articles that all give the
    // same dates costs a multiple of its values, not their square: each value is compared with
    // the latest values that share each of its words, and keeps its best few links. Chains of
    // best links still join every outlet that repeats a value.
    private const int RecentPerWord = 40;
    private const int PartnersPerValue = 6;

    private sealed record Item(StorySentence Sentence, string Words, int Start, string Slot, string Unit, double Min, double Max, string? Value, string? Event, string[] Context, (double Min, double Max) Stated)
    {
        /// <summary>The normalised name for the agent and place slots.</summary>
        public string? Key { get; init; }
    }

    public static List<Fact> Align(SentencePool pool, Dictionary<Documents.ArticleId, ArticleAnnotations> notes, IReadOnlyDictionary<string, string> eventOf, CoverageOptions options, DateOnly? firstEvent)
    {
        var groups = pool.Sentences.GroupBy(s => s.Article.Id).ToList();
        var found = new List<Item>[groups.Count];
        Parallel.For(0, groups.Count, k => found[k] = ItemsOf(groups[k].ToList(), notes[groups[k].Key], eventOf, options, firstEvent));
        var items = found.SelectMany(x => x).ToList();

        var facts = new List<Fact>();
        foreach (var group in Link(items))
        {
            var byEvent = group.GroupBy(x => x.Event ?? "", StringComparer.Ordinal).ToList();
            foreach (var e in byEvent)
            {
                facts.Add(MakeFact(e.ToList(), e.Key.Length == 0 ? null : e.Key, acrossEvents: false));
            }

            if (byEvent.Count > 1)
            {
                facts.Add(MakeFact(group, null, acrossEvents: true));
            }
        }

        return facts
            .OrderByDescending(f => f.Values.Count)
            .ThenBy(f => f.Slot, StringComparer.Ordinal)
            .ThenBy(f => f.Values[0].Source.ArticleId, StringComparer.Ordinal)
            .ThenBy(f => f.Values[0].Source.Start)
            .Take(MaxFacts)
            .ToList();
    }

    private static Fact MakeFact(List<Item> group, string? eventId, bool acrossEvents)
    {
        // One value per outlet (and per event across events): its first mention.
        var values = group.GroupBy(x => (x.Sentence.Outlet, acrossEvents ? x.Event : null))
            .Select(g => g.OrderBy(x => x.Sentence.Span.Start).ThenBy(x => x.Start).First())
            .OrderBy(x => x.Sentence.Outlet, StringComparer.Ordinal).ThenBy(x => x.Event, StringComparer.Ordinal)
            .ToList();
        var about = group.Select(x => x.Sentence.Terms).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal))
            .Where(t => !char.IsDigit(t[0])).Order(StringComparer.Ordinal).Take(6).ToList();
        var verdict = acrossEvents ? AcrossEvents(values) : Verdict(values);
        return new Fact(
            group[0].Slot,
            group[0].Unit,
            verdict,
            about,
            values.Select(x => new FactValue(x.Sentence.Outlet, x.Words, x.Min, x.Max, x.Sentence.Cite(), x.Value, x.Event)).ToList())
        {
            Event = eventId,
            AcrossEvents = acrossEvents,
        };
    }

    private static List<Item> ItemsOf(List<StorySentence> sentences, ArticleAnnotations note, IReadOnlyDictionary<string, string> eventOf, CoverageOptions options, DateOnly? firstEvent)
    {
        var a = sentences[0].Article;
        var body = a.Body;
        var eventId = eventOf.GetValueOrDefault(a.Id.ToString());
        var items = new List<Item>();
        StorySentence? SentenceAt(int start, int end) => sentences.FirstOrDefault(s => s.Span.Start <= start && end <= s.Span.End);

        foreach (var q in QuantityFinder.Find(body, a.Language))
        {
            if (q.Unit is null || q.Unit is "year" || SentenceAt(q.Span.Start, q.Span.End) is not { } sentence)
            {
                continue; // bare numbers and years are not comparable claims
            }

            var (slot, unit, scale) = Slot(q.Unit);
            var (min, max) = Range(q);
            items.Add(new Item(sentence, q.Span.TextOf(body), q.Span.Start, slot, unit, min * scale, max * scale, null, eventId, Context(sentence),
                (q.Min * scale, q.Max * scale)));
        }

        foreach (var t in note.Times)
        {
            // Days and day ranges of the story itself; years, months and background dates are no claim about it.
            if (t.Granularity is not (TimeGranularity.Day or TimeGranularity.Interval) || t.End.DayNumber - t.Start.DayNumber > 7 ||
                (firstEvent is { } f && t.End.DayNumber < f.DayNumber - options.BackgroundDays) ||
                SentenceAt(t.Span.Start, t.Span.End) is not { } sentence)
            {
                continue;
            }

            items.Add(new Item(sentence, t.Span.TextOf(body), t.Span.Start, "date", "day", t.Start.DayNumber, t.End.DayNumber, t.Value, eventId,
                LocalContext(body, sentence, t.Span.Start, t.Span.End), (t.Start.DayNumber, t.End.DayNumber)));
        }

        // The patterns run once over the body; each hit belongs to the sentence that holds it.
        foreach (var (start, end, value) in Patterns.Ordinals(body, 0, body.Length))
        {
            if (SentenceAt(start, end) is { } s)
            {
                items.Add(new Item(s, body[start..end], start, "ordinal", "ordinal", value, value, null, eventId, Context(s), (value, value)));
            }
        }

        foreach (var (start, end, place) in Patterns.Places(body, 0, body.Length))
        {
            if (SentenceAt(start, end) is { } s)
            {
                var key = place.ToLowerInvariant();
                items.Add(new Item(s, body[start..end], start, "place", "place", 0, 0, place, eventId,
                    LocalContext(body, s, start, end).Where(w => !key.Contains(w, StringComparison.Ordinal)).ToArray(), (0, 0)) { Key = key });
            }
        }

        foreach (var (start, end, agent) in Patterns.Agents(body, 0, body.Length))
        {
            if (SentenceAt(start, end) is { } s)
            {
                var key = agent.Split(' ')[^1].ToLowerInvariant();
                items.Add(new Item(s, body[start..end], start, "agent", "agent", 0, 0, agent, eventId, Context(s).Where(w => w != key).ToArray(), (0, 0)) { Key = key });
            }
        }

        return items;
    }

    private static string[] Context(StorySentence s) => s.Terms.Where(t => !char.IsDigit(t[0])).ToArray();

    // The words around a date, so that three dates of one sentence ("pada 9-10 Januari, … pada
    // 12 Januari dan … pada 13 Januari") are told apart: the clause before it and a few words after.
    private static string[] LocalContext(string body, StorySentence s, int start, int end)
    {
        var from = Math.Max(s.Span.Start, start - 100);
        var to = Math.Min(s.Span.End, end + 60);
        return ContentTerms.Of(body, from, to)
            .SelectMany(t => t.Contains('-', StringComparison.Ordinal) ? t.Split('-', StringSplitOptions.RemoveEmptyEntries) : [t])
            .Where(t => t.Length >= 2 && !char.IsDigit(t[0]) && !Patterns.IsCalendarWord(t)).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Groups values within a slot by the words around them. Candidate pairs come from postings
    /// of shared words (bounded, see <see cref="RecentPerWord"/>); they are
    /// joined best first, and never so that one group holds two values of one article (an
    /// article's "2.000 hingga 3.000 warga" and its "sekitar 500 warganya" are two facts).
    /// </summary>
    private static IEnumerable<List<Item>> Link(List<Item> items)
    {
        var pairs = new List<(int I, int J, double Score)>();
        foreach (var slot in Enumerable.Range(0, items.Count).GroupBy(i => items[i].Slot, StringComparer.Ordinal))
        {
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var shared = new Dictionary<int, int>();
            var best = new List<(int I, int J, double Score)>();
            foreach (var i in slot)
            {
                shared.Clear();
                foreach (var t in items[i].Context)
                {
                    if (!postings.TryGetValue(t, out var list))
                    {
                        postings[t] = list = [];
                    }

                    for (var x = Math.Max(0, list.Count - RecentPerWord); x < list.Count; x++)
                    {
                        shared[list[x]] = shared.GetValueOrDefault(list[x]) + 1;
                    }

                    list.Add(i);
                }

                best.Clear();
                foreach (var (j, common) in shared)
                {
                    if (Score(items[i], items[j], common) is { } score)
                    {
                        best.Add((i, j, score));
                    }
                }

                pairs.AddRange(best.OrderByDescending(p => p.Score).ThenBy(p => p.J).Take(PartnersPerValue));
            }
        }

        var parent = Enumerable.Range(0, items.Count).ToArray();
        var members = Enumerable.Range(0, items.Count).Select(i => new HashSet<Documents.ArticleId> { items[i].Sentence.Article.Id }).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (i, j, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.I).ThenBy(p => p.J))
        {
            var (a, b) = (Find(i), Find(j));
            if (a == b || members[a].Overlaps(members[b]))
            {
                continue;
            }

            if (members[a].Count < members[b].Count)
            {
                (a, b) = (b, a);
            }

            parent[b] = a;
            members[a].UnionWith(members[b]);
        }

        return Enumerable.Range(0, items.Count).GroupBy(Find).Select(g => g.Select(i => items[i]).ToList());
    }

    /// <summary>How strongly two values of different articles are one fact, or null when they are not.</summary>
    private static double? Score(Item a, Item b, int common)
    {
        if (a.Sentence.Article.Id == b.Sentence.Article.Id)
        {
            return null;
        }

        var jaccard = (double)common / (a.Context.Length + b.Context.Length - common);
        var overlap = Math.Max(a.Min, b.Min) <= Math.Min(a.Max, b.Max);
        var linked = a.Slot switch
        {
            // Dates: the same day (or one inside the other) said of the same thing; another day only with much in common.
            "date" => (overlap && common >= 1) || jaccard >= 0.5,
            "ordinal" => a.Min == b.Min && common >= 1,
            "agent" => a.Key == b.Key ? common >= 1 : jaccard >= 0.3,
            "place" => a.Key == b.Key ? common >= 2 || jaccard >= 0.2 : jaccard >= 0.5,
            _ => jaccard >= SameContext || (overlap && common >= 2),
        };
        var same = a.Slot is "agent" or "place" ? a.Key == b.Key : overlap;
        return linked ? jaccard + (same ? 0.25 : 0) : null;
    }

    private static string Verdict(List<Item> values)
    {
        if (values.Count < 2)
        {
            return "single source";
        }

        if (values[0].Slot is "agent" or "place")
        {
            return values.All(v => v.Key == values[0].Key) ? "agree" : "differ";
        }

        if (values.All(v => v.Min == values[0].Min && v.Max == values[0].Max))
        {
            return "agree";
        }

        var low = values.Max(v => v.Min);
        var high = values.Min(v => v.Max);
        return low <= high ? "compatible" : "differ";
    }

    // Across events the stated numbers are compared, not the hedged ranges: "hingga 5.000" in
    // the first week and "2.000 hingga 3.000" weeks later are two figures, not one.
    private static string AcrossEvents(List<Item> values) =>
        values.All(v => v.Stated == values[0].Stated && v.Key == values[0].Key) ? "agree" : "differ";

    // Durations compare in minutes; counted nouns that name the same thing share a slot.
    internal static (string Slot, string Unit, double Scale) Slot(string unit) => ContentTerms.Fold(unit) switch
    {
        "second" => ("duration", "minute", 1.0 / 60),
        "minute" => ("duration", "minute", 1),
        "hour" => ("duration", "minute", 60),
        "day" => ("duration", "minute", 1440),
        "week" => ("duration", "minute", 10080),
        "month" => ("duration", "minute", 43200),
        "tentara" or "pasukan" or "personel" or "prajurit" or "serdadu" or "troops" or "soldiers" => ("troops", "troops", 1),
        "orang" or "warga" or "jiwa" or "people" => ("people", "people", 1),
        var u => (u, u, 1),
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
