using System.Globalization;
using Liputan.Documents;

namespace Liputan.Stories.Events;

/// <summary>Thresholds and weights of <see cref="OnlineEventClusterer"/> (tuned in docs/tuning-stories.md).</summary>
/// <param name="EventThreshold">Minimum combined similarity between an article and an event to join it.</param>
/// <param name="StoryThreshold">Minimum combined similarity between two events to link them into one story.</param>
/// <param name="MergeThreshold">Minimum similarity between two event centroids for converging events to merge.</param>
/// <param name="EventDayTolerance">An article joins an event only when its event date lies this close to the event's dates.</param>
/// <param name="StoryDayWindow">Events further apart than this are not linked into one story.</param>
/// <param name="AgeOutDays">Events whose last date lies further back than this leave the candidate index.</param>
/// <param name="BodyWeight">Weight of the TF-IDF cosine over body and title terms.</param>
/// <param name="TitleWeight">Weight of the cosine over title terms.</param>
/// <param name="EntityWeight">Weight of the cosine over names and numbers.</param>
/// <param name="DayPenalty">Subtracted from the similarity per day between the article and the event.</param>
/// <param name="StoryEntityWeight">Weight of names and numbers (against body terms) when linking events into stories.</param>
/// <param name="CandidateTerms">How many of an article's heaviest terms and names look up candidate events.</param>
/// <param name="MaxCandidates">Most clusters compared with one article: those sharing the most index keys with it.</param>
/// <param name="MaxPostings">Most recent clusters kept per term in the candidate index (bounds the per-article cost).</param>
public sealed partial record ClusteringOptions(
    double EventThreshold = 0.12,
    double StoryThreshold = 0.30,
    double MergeThreshold = 0.60,
    int EventDayTolerance = 2,
    int StoryDayWindow = 120,
    int AgeOutDays = 4,
    double BodyWeight = 0.3,
    double TitleWeight = 0.1,
    double EntityWeight = 0.6,
    double DayPenalty = 0.02,
    double StoryEntityWeight = 0.6,
    int CandidateTerms = 12,
    int MaxPostings = 64,
    int MaxCandidates = 40)
{
    /// <summary>The defaults.</summary>
    public static ClusteringOptions Default { get; } = new();
}

/// <summary>
/// Online event clustering in the manner of Miranda et al. (EMNLP 2018): articles, in event-date
/// order, are compared only with the events an inverted index over their heaviest terms and names
/// proposes; the similarity combines TF-IDF cosine over body terms, title terms and name-like
/// tokens and numbers, less a penalty per day of distance; events whose last date is older than
/// <see cref="ClusteringOptions.AgeOutDays"/> leave the index; events that converge merge. Events are then
/// linked into stories with a looser threshold over a longer window. Deterministic: the same
/// articles give the same groups, and ids derive from each group's first article.
/// </summary>
public sealed class OnlineEventClusterer(ClusteringOptions? options = null)
{
    private const int PseudoDocuments = 50;
    private readonly ClusteringOptions _o = options ?? ClusteringOptions.Default;

    private readonly List<Cluster> _events = [];
    private readonly Dictionary<string, List<int>> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<ArticleId, int> _eventOf = [];
    private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
    private int _documents;
    private bool _fixedFrequencies;

    /// <summary>Events so far (streaming mode), merged ones included.</summary>
    public int EventCount => _events.Count;

    /// <summary>
    /// Streaming mode: assigns one article (call in publication order) to an event, comparing it
    /// only with the candidates the index proposes; document frequencies grow as articles arrive.
    /// Returns the event's index (a stand-in until <see cref="Result"/> names the events).
    /// </summary>
    public int Add(ArticleFeatures a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (!_fixedFrequencies)
        {
            Count(a);
        }

        var v = VectorsOf(a);
        var scored = new List<(int Index, double Sim)>();
        foreach (var ci in Candidates(v, _index, a.EventDate, _o.AgeOutDays, _events))
        {
            var c = _events[ci];
            if (c.MergedInto >= 0)
            {
                continue;
            }

            var distance = c.DayDistance(a.EventDate);
            if (distance > _o.EventDayTolerance)
            {
                continue;
            }

            scored.Add((ci, Similarity(v, c) - (_o.DayPenalty * distance)));
        }

        scored.Sort((x, y) => x.Sim != y.Sim ? y.Sim.CompareTo(x.Sim) : x.Index.CompareTo(y.Index));
        int target;
        if (scored.Count > 0 && scored[0].Sim >= _o.EventThreshold)
        {
            target = scored[0].Index;
            _events[target].Add(a, v);
            // Converging events: another event the article also fits, close to the grown one, merges in.
            foreach (var (other, sim) in scored.Skip(1))
            {
                if (sim >= _o.EventThreshold && Cosine(_events[target].Body, _events[other].Body) >= _o.MergeThreshold)
                {
                    _events[target].Absorb(_events[other]);
                    _events[other].MergedInto = target;
                }
            }
        }
        else
        {
            _events.Add(new Cluster());
            target = _events.Count - 1;
            _events[target].Add(a, v);
        }

        _eventOf[a.Id] = target;
        Index(_index, v, target);
        return target;
    }

    /// <summary>Streaming mode: the events so far, linked into stories.</summary>
    public Grouping Result() => Link(_events.Where(e => e.MergedInto < 0).ToList());

    private void Count(ArticleFeatures a)
    {
        _documents++;
        foreach (var term in a.TermCounts.Keys.Concat(a.EntityCounts.Keys))
        {
            _df[term] = _df.GetValueOrDefault(term) + 1;
        }
    }

    private Vectors VectorsOf(ArticleFeatures a) => new(Weigh(a.TermCounts), Weigh(a.TitleCounts), Weigh(a.EntityCounts));

    private Dictionary<string, double> Weigh(IReadOnlyDictionary<string, float> counts)
    {
        var n = _documents + PseudoDocuments;
        var v = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            v[term] = (1 + Math.Log(count)) * Math.Log((n + 1.0) / (_df.GetValueOrDefault(term) + 1.0));
        }

        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        if (norm > 0)
        {
            foreach (var k in v.Keys.ToList())
            {
                v[k] /= norm;
            }
        }

        return v;
    }

    /// <summary>Groups <paramref name="articles"/> into events and stories.</summary>
    public Grouping Group(IReadOnlyList<ArticleFeatures> articles) => Group(articles, new Dictionary<ArticleId, ArticleId>());

    /// <summary>Groups <paramref name="articles"/>; a copy in <paramref name="canonicalOf"/> joins its canonical article's event.</summary>
    public Grouping Group(IReadOnlyList<ArticleFeatures> articles, IReadOnlyDictionary<ArticleId, ArticleId> canonicalOf)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(canonicalOf);
        // Batch mode: document frequencies of the whole input, so the result does not depend on
        // the order the articles were stored in.
        var session = new OnlineEventClusterer(_o);
        foreach (var a in articles)
        {
            session.Count(a);
        }

        session._fixedFrequencies = true;
        var ordered = articles.OrderBy(a => a.Order, StringComparer.Ordinal).ToList();
        var copies = new List<ArticleFeatures>();
        foreach (var a in ordered)
        {
            if (canonicalOf.TryGetValue(a.Id, out var canonical) && canonical != a.Id)
            {
                copies.Add(a);
                continue;
            }

            session.Add(a);
        }

        var events = session._events;
        var eventOf = session._eventOf;
        foreach (var copy in copies)
        {
            var canonical = canonicalOf[copy.Id];
            if (eventOf.TryGetValue(canonical, out var e))
            {
                events[Resolve(events, e)].Articles.Add(copy.Id);
            }
            else
            {
                var c = new Cluster();
                c.Add(copy, session.VectorsOf(copy));
                events.Add(c);
            }
        }

        return Link(events.Where(e => e.MergedInto < 0).ToList());
    }

    private static int Resolve(List<Cluster> events, int i)
    {
        while (events[i].MergedInto >= 0)
        {
            i = events[i].MergedInto;
        }

        return i;
    }

    // The article's vectors are unit length; the centroids' norms are cached in the cluster.
    private double Similarity(Vectors v, Cluster c) =>
        (_o.BodyWeight * Dot(v.Body, c.Body, c.BodyNorm)) + (_o.TitleWeight * Dot(v.Title, c.Title, c.TitleNorm)) + (_o.EntityWeight * Dot(v.Entities, c.Entities, c.EntityNorm));

    private static double Dot(Dictionary<string, double> unit, Dictionary<string, double> centroid, double norm) =>
        norm == 0 || unit.Count == 0 ? 0 : SparseDot(unit, centroid) / norm;

    // The dot product of two sparse vectors, walking the smaller one.
    private static double SparseDot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (t, w) in small)
        {
            if (large.TryGetValue(t, out var wb))
            {
                dot += w * wb;
            }
        }

        return dot;
    }

    private Grouping Link(List<Cluster> events)
    {
        // Stable order: by first date, then by first article id.
        events = events.OrderBy(e => e.First?.DayNumber ?? int.MaxValue).ThenBy(e => e.Articles[0].Value).ToList();
        var storyOf = new StoryLinker(_o).Link(events.Select(e => new StoryEvent(e.First, e.Last, e.Body, e.Entities)).ToList());
        var storyMembers = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            if (!storyMembers.TryGetValue(storyOf[i], out var list))
            {
                storyMembers[storyOf[i]] = list = [];
            }

            list.Add(i);
        }

        var storyIdOf = new Dictionary<int, string>();
        foreach (var (root, members) in storyMembers)
        {
            storyIdOf[root] = "s" + ShortHash("story:" + events[members[0]].Articles[0]);
        }

        var eventIds = new string[events.Count];
        var eventGroups = new List<EventGroup>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            eventIds[i] = "e" + ShortHash("event:" + e.Articles[0]);
            eventGroups.Add(new EventGroup(eventIds[i], storyIdOf[storyOf[i]], e.Articles, e.First, TopTerms(e.Body, 8)));
        }

        var storyGroups = storyMembers.Select(kv =>
        {
            var merged = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var m in kv.Value)
            {
                foreach (var (t, w) in events[m].Body)
                {
                    merged[t] = merged.GetValueOrDefault(t) + w;
                }
            }

            return new StoryGroup(storyIdOf[kv.Key], kv.Value.Select(m => eventIds[m]).ToList(), TopTerms(merged, 8));
        }).ToList();
        return new Grouping(eventGroups, storyGroups);
    }

    // Candidates from the inverted index; entries of clusters whose last date lies more than
    // maxAge days before the article's date are dropped from the postings as they are met, so the
    // index holds only live clusters and a lookup costs the live candidates, not the archive.
    private SortedSet<int> Candidates(Vectors v, Dictionary<string, List<int>> index, DateOnly? now, int maxAge, List<Cluster> clusters)
    {
        var hits = new Dictionary<int, int>();
        foreach (var term in Keys(v.Body, _o.CandidateTerms).Concat(Keys(v.Entities, _o.CandidateTerms)))
        {
            if (index.TryGetValue(term, out var list))
            {
                if (now is { } d)
                {
                    list.RemoveAll(ci => clusters[ci].MergedInto >= 0 || (clusters[ci].Last is { } last && d.DayNumber - last.DayNumber > maxAge));
                }

                foreach (var ci in list)
                {
                    hits[ci] = hits.GetValueOrDefault(ci) + 1;
                }
            }
        }

        // The clusters sharing the most keys with the article, at most MaxCandidates of them.
        return new SortedSet<int>(hits.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(_o.MaxCandidates).Select(kv => kv.Key));
    }

    private void Index(Dictionary<string, List<int>> index, Vectors v, int clusterIndex)
    {
        foreach (var term in Keys(v.Body, _o.CandidateTerms).Concat(Keys(v.Entities, _o.CandidateTerms)))
        {
            if (!index.TryGetValue(term, out var list))
            {
                index[term] = list = [];
            }

            if (list.Count == 0 || list[^1] != clusterIndex)
            {
                list.Add(clusterIndex);
                // A posting list keeps its most recent clusters only: a lookup's cost stays bounded
                // however common the term (old entries of a busy term are the least likely match).
                if (list.Count > _o.MaxPostings)
                {
                    list.RemoveRange(0, list.Count - _o.MaxPostings);
                }
            }
        }
    }

    private static IEnumerable<string> Keys(Dictionary<string, double> v, int n) =>
        v.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => kv.Key);

    /// <summary>Cosine of two sparse vectors (neither needs to be normalised).</summary>
    internal static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var dot = SparseDot(a, b);
        var na = a.Values.Sum(x => x * x);
        var nb = b.Values.Sum(x => x * x);
        return dot / Math.Sqrt(na * nb);
    }

    private static List<string> TopTerms(Dictionary<string, double> v, int n) => Keys(v, n).ToList();

    private static string ShortHash(string s) =>
        (XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(s)) & 0xFFFFFFFFFF).ToString("x10", CultureInfo.InvariantCulture);

    private sealed record Vectors(Dictionary<string, double> Body, Dictionary<string, double> Title, Dictionary<string, double> Entities);

    private sealed class Cluster
    {
        public DateOnly? First { get; private set; }

        public DateOnly? Last { get; private set; }

        public int MergedInto { get; set; } = -1;

        public List<ArticleId> Articles { get; } = [];

        public Dictionary<string, double> Body { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, double> Title { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, double> Entities { get; } = new(StringComparer.Ordinal);

        public double BodyNorm { get; private set; }

        public double TitleNorm { get; private set; }

        public double EntityNorm { get; private set; }

        public int DayDistance(DateOnly? d)
        {
            if (d is not { } date || First is not { } first || Last is not { } last)
            {
                return 0;
            }

            return date < first ? first.DayNumber - date.DayNumber : date > last ? date.DayNumber - last.DayNumber : 0;
        }

        public void Add(ArticleFeatures a, Vectors v)
        {
            Articles.Add(a.Id);
            Extend(a.EventDate, a.EventDate);
            Sum(Body, v.Body);
            Sum(Title, v.Title);
            Sum(Entities, v.Entities);
            Norms();
        }

        public void Absorb(Cluster other)
        {
            Articles.AddRange(other.Articles);
            Extend(other.First, other.Last);
            Sum(Body, other.Body);
            Sum(Title, other.Title);
            Sum(Entities, other.Entities);
            Norms();
        }

        private void Norms()
        {
            BodyNorm = Math.Sqrt(Body.Values.Sum(x => x * x));
            TitleNorm = Math.Sqrt(Title.Values.Sum(x => x * x));
            EntityNorm = Math.Sqrt(Entities.Values.Sum(x => x * x));
        }

        private void Extend(DateOnly? first, DateOnly? last)
        {
            if (first is { } f && (First is null || f < First))
            {
                First = f;
            }

            if (last is { } l && (Last is null || l > Last))
            {
                Last = l;
            }
        }

        private static void Sum(Dictionary<string, double> into, Dictionary<string, double> v)
        {
            foreach (var (t, w) in v)
            {
                into[t] = into.GetValueOrDefault(t) + w;
            }
        }
    }
}
