using System.Globalization;
using Liputan.Documents;

namespace Liputan.Stories.Events;

/// <summary>Thresholds of <see cref="SimpleStoryGrouper"/>.</summary>
/// <param name="EventThreshold">Minimum cosine between an article and an event centroid to join it.</param>
/// <param name="StoryThreshold">Minimum cosine between two event centroids to put them in one story.</param>
/// <param name="EventDayTolerance">Event dates further apart than this are different events.</param>
/// <param name="StoryDayWindow">Events further apart than this are not linked into one story.</param>
/// <param name="CandidateTerms">How many of an article's heaviest terms look up candidate events.</param>
public sealed record GroupingOptions(
    double EventThreshold = 0.30,
    double StoryThreshold = 0.22,
    int EventDayTolerance = 1,
    int StoryDayWindow = 60,
    int CandidateTerms = 12)
{
    /// <summary>The defaults.</summary>
    public static GroupingOptions Default { get; } = new();
}

/// <summary>
/// A first story grouping: TF-IDF vectors, articles in event-date order join the most similar
/// event (candidates from an inverted index over heavy terms) unless their event dates differ;
/// then events whose centroids are similar enough, within a window, form one story.
/// Deterministic: the same articles give the same groups and ids.
/// </summary>
public sealed class SimpleStoryGrouper(GroupingOptions? options = null)
{
    private const int PseudoDocuments = 50;
    private readonly GroupingOptions _options = options ?? GroupingOptions.Default;

    /// <summary>Groups <paramref name="articles"/> into events and stories.</summary>
    public Grouping Group(IReadOnlyList<ArticleFeatures> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var idf = InverseDocumentFrequency(articles);
        var ordered = articles.OrderBy(a => a.Order, StringComparer.Ordinal).ToList();
        var events = new List<Cluster>();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var a in ordered)
        {
            var vector = Weigh(a.TermCounts, idf);
            var best = -1;
            var bestSim = 0.0;
            foreach (var ci in Candidates(vector, index))
            {
                var c = events[ci];
                if (a.EventDate is { } d && c.Date is { } cd && Math.Abs(d.DayNumber - cd.DayNumber) > _options.EventDayTolerance)
                {
                    continue;
                }

                var sim = Cosine(vector, c.Centroid);
                if (sim > bestSim || (sim == bestSim && best >= 0 && ci < best))
                {
                    best = ci;
                    bestSim = sim;
                }
            }

            if (best >= 0 && bestSim >= _options.EventThreshold)
            {
                events[best].Add(a, vector);
                Index(index, events[best].Centroid, best);
            }
            else
            {
                var c = new Cluster(a.EventDate);
                c.Add(a, vector);
                events.Add(c);
                Index(index, c.Centroid, events.Count - 1);
            }
        }

        return Link(events);
    }

    private Grouping Link(List<Cluster> events)
    {
        // Union-find over event pairs close in time and content.
        var parent = Enumerable.Range(0, events.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var normalized = events.Select(e => Normalize(e.Centroid)).ToList();
        var eventIndex = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            // Each event is compared only with earlier events that share one of its heavy terms.
            foreach (var j in Candidates(normalized[i], eventIndex))
            {
                if (events[i].Date is { } a && events[j].Date is { } b && Math.Abs(a.DayNumber - b.DayNumber) > _options.StoryDayWindow)
                {
                    continue;
                }

                if (Cosine(normalized[i], normalized[j]) >= _options.StoryThreshold)
                {
                    parent[Find(j)] = Find(i);
                }
            }

            Index(eventIndex, normalized[i], i);
        }

        var eventGroups = new List<EventGroup>();
        var storyMembers = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            var root = Find(i);
            if (!storyMembers.TryGetValue(root, out var list))
            {
                storyMembers[root] = list = [];
            }

            list.Add(i);
        }

        var storyIdOf = new Dictionary<int, string>();
        foreach (var (root, members) in storyMembers)
        {
            storyIdOf[root] = "s" + ShortHash("story:" + events[members[0]].Articles[0]);
        }

        var eventIds = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            eventIds[i] = "e" + ShortHash("event:" + e.Articles[0]);
            eventGroups.Add(new EventGroup(eventIds[i], storyIdOf[Find(i)], e.Articles, e.Date, TopTerms(e.Centroid, 8)));
        }

        var stories = storyMembers.Select(kv =>
        {
            var merged = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var m in kv.Value)
            {
                foreach (var (t, w) in events[m].Centroid)
                {
                    merged[t] = merged.GetValueOrDefault(t) + w;
                }
            }

            return new StoryGroup(storyIdOf[kv.Key], kv.Value.Select(m => eventIds[m]).ToList(), TopTerms(merged, 8));
        }).ToList();
        return new Grouping(eventGroups, stories);
    }

    private SortedSet<int> Candidates(Dictionary<string, double> vector, Dictionary<string, List<int>> index)
    {
        var seen = new SortedSet<int>();
        foreach (var (term, _) in vector.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(_options.CandidateTerms))
        {
            if (index.TryGetValue(term, out var list))
            {
                seen.UnionWith(list);
            }
        }

        return seen;
    }

    private void Index(Dictionary<string, List<int>> index, Dictionary<string, double> centroid, int clusterIndex)
    {
        foreach (var (term, _) in centroid.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(_options.CandidateTerms * 2))
        {
            if (!index.TryGetValue(term, out var list))
            {
                index[term] = list = [];
            }

            if (list.Count == 0 || list[^1] != clusterIndex)
            {
                if (!list.Contains(clusterIndex))
                {
                    list.Add(clusterIndex);
                }
            }
        }
    }

    private static Dictionary<string, double> InverseDocumentFrequency(IReadOnlyList<ArticleFeatures> articles)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var term in a.TermCounts.Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        // Pseudo-documents that contain none of the terms: in a small store every shared name
        // would otherwise weigh nothing; in a large one they make no difference.
        var n = articles.Count + PseudoDocuments;
        return df.ToDictionary(kv => kv.Key, kv => Math.Log((n + 1.0) / (kv.Value + 1.0)), StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Weigh(IReadOnlyDictionary<string, float> counts, Dictionary<string, double> idf)
    {
        var v = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            v[term] = (1 + Math.Log(count)) * idf.GetValueOrDefault(term, 1.0);
        }

        return Normalize(v);
    }

    private static Dictionary<string, double> Normalize(Dictionary<string, double> v)
    {
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        return norm == 0 ? v : v.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        double dot = 0, nb = 0;
        foreach (var (t, w) in a)
        {
            if (b.TryGetValue(t, out var wb))
            {
                dot += w * wb;
            }
        }

        foreach (var w in b.Values)
        {
            nb += w * w;
        }

        return nb == 0 ? 0 : dot / Math.Sqrt(nb);
    }

    private static List<string> TopTerms(Dictionary<string, double> v, int n) =>
        v.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => kv.Key).ToList();

    private static string ShortHash(string s) =>
        (XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(s)) & 0xFFFFFFFFFF).ToString("x10", CultureInfo.InvariantCulture);

    private sealed class Cluster(DateOnly? date)
    {
        public DateOnly? Date { get; } = date;

        public List<ArticleId> Articles { get; } = [];

        public Dictionary<string, double> Centroid { get; } = new(StringComparer.Ordinal);

        public void Add(ArticleFeatures a, Dictionary<string, double> vector)
        {
            Articles.Add(a.Id);
            foreach (var (t, w) in vector)
            {
                Centroid[t] = Centroid.GetValueOrDefault(t) + w;
            }
        }
    }
}
