using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
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
    double EventThreshold = 0.15,
    double StoryThreshold = 0.30,
    double MergeThreshold = 0.60,
    int EventDayTolerance = 3,
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
/// <remarks>
/// Memory stays bounded by the live window: terms are interned ids, an event that aged out
/// (<see cref="LateDays"/> days past the index's age-out, so that a report a little late still
/// meets its event) has its centroids frozen into compact arrays, its title centroid dropped and
/// its postings pruned; in streaming mode with a sink the event leaves memory altogether.
/// </remarks>
public sealed partial class OnlineEventClusterer
{
    /// <summary>Days past <see cref="ClusteringOptions.AgeOutDays"/> after which an event leaves the live set: an article whose event date lies further behind the newest date seen no longer meets it.</summary>
    public const int LateDays = 2;

    private const int PseudoDocuments = 50;
    private readonly ClusteringOptions _o;
    private readonly Action<EventGroup>? _finished;

    private readonly List<Cluster?> _events = [];
    private readonly List<int> _live = [];
    private readonly Dictionary<int, List<int>> _index = [];
    private readonly Dictionary<ArticleId, int> _eventOf = [];
    private readonly TermTable _terms = new();
    private readonly TopTerms _top;
    // Shared keys per cluster index while one article's candidates are counted (a flat array and
    // the list of the clusters it touched: some 1,500 postings are counted per article), zero between lookups.
    private readonly List<int> _hit = [];
    private int[] _hitCount = new int[1024];
    // What a posting's pruning needs of each cluster, in a flat array beside the counts: its last
    // day (Undated without one) or Gone once merged, frozen or forgotten. Reading the cluster objects
    // instead cost two scattered loads per posting, a quarter of the grouping's time at scale.
    // Kept by Touch, which every change of a cluster goes through.
    private const int Gone = int.MinValue;
    private const int Undated = int.MaxValue;
    private int[] _lastDay = [];
    private readonly List<int> _keys = [];
    private readonly List<int> _tied = [];
    private readonly List<(int Index, double Sim)> _scored = [];
    private readonly DenseVector _body = new();
    private readonly DenseVector _title = new();
    private readonly DenseVector _entities = new();
    private bool _fixedFrequencies;
    private bool _trackArticles;
    private int? _newest;
    private int _sweptDay = int.MinValue;

    /// <summary>A clusterer with <paramref name="options"/>.</summary>
    public OnlineEventClusterer(ClusteringOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>
    /// A streaming clusterer that hands each event to <paramref name="finished"/> once it has aged
    /// out of the window and forgets it (its story is not linked: <see cref="Result"/> covers the
    /// events still live), so memory stays flat however long the stream.
    /// </summary>
    public OnlineEventClusterer(ClusteringOptions? options, Action<EventGroup>? finished)
    {
        _o = options ?? ClusteringOptions.Default;
        _finished = finished;
        _top = new TopTerms(_terms);
    }

    /// <summary>Events so far (streaming mode), merged ones included.</summary>
    public int EventCount => _events.Count;

    /// <summary>Events still in the live window (not aged out, not merged).</summary>
    public int LiveCount => _live.Count;

    /// <summary>Distinct terms interned so far.</summary>
    public int TermCount => _terms.Count;

    /// <summary>
    /// Streaming mode: assigns one article (call in publication order) to an event, comparing it
    /// only with the candidates the index proposes; document frequencies grow as articles arrive.
    /// Returns the event's index (a stand-in until <see cref="Result"/> names the events).
    /// </summary>
    public int Add(ArticleFeatures a)
    {
        ArgumentNullException.ThrowIfNull(a);
        int[]? termIds = null, entityIds = null;
        if (!_fixedFrequencies)
        {
            (termIds, entityIds) = _terms.CountArticle(a);
        }

        return Add(a, termIds, entityIds);
    }

    // The ids of the article's body terms and names when they were just counted (null: looked up).
    private int Add(ArticleFeatures a, int[]? termIds, int[]? entityIds)
    {
        if (a.EventDate is { } date && (_newest is null || date.DayNumber > _newest))
        {
            _newest = date.DayNumber;
            if (_newest > _sweptDay)
            {
                Sweep(_newest.Value);
            }
        }

        var v = VectorsOf(a, termIds, entityIds);
        var keys = ArticleKeys(v);
        var scored = _scored;
        scored.Clear();
        var candidates = Candidates(keys, _index, a.EventDate, _o.AgeOutDays, _events);
        if (candidates.Count > 0)
        {
            _body.Load(v.Body, _terms.Count);
            _title.Load(v.Title, _terms.Count);
            _entities.Load(v.Entities, _terms.Count);
        }

        try
        {
            foreach (var ci in candidates)
            {
                var c = _events[ci]!;
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
        }
        finally
        {
            _body.Clear();
            _title.Clear();
            _entities.Clear();
        }

        scored.Sort((x, y) => x.Sim != y.Sim ? y.Sim.CompareTo(x.Sim) : x.Index.CompareTo(y.Index));
        int target;
        if (scored.Count > 0 && scored[0].Sim >= _o.EventThreshold)
        {
            target = scored[0].Index;
            _events[target]!.Add(a, v);
            Touch(target);
            // Converging events: another event the article also fits, close to the grown one, merges in.
            for (var k = 1; k < scored.Count; k++)
            {
                var (other, sim) = scored[k];
                if (sim >= _o.EventThreshold && Centroid.Cosine(_events[target]!.Body, _events[other]!.Body) >= _o.MergeThreshold)
                {
                    Merge(target, other);
                }
            }
        }
        else
        {
            _events.Add(new Cluster());
            target = _events.Count - 1;
            _events[target]!.Add(a, v);
            _live.Add(target);
            Touch(target);
        }

        if (_trackArticles)
        {
            _eventOf[a.Id] = target;
        }

        Index(_index, keys, target);
        return target;
    }

    /// <summary>Streaming mode: the events so far, linked into stories.</summary>
    public Grouping Result() => Link(_events.Where(e => e is not null && e.MergedInto < 0).Select(e => e!).ToList());

    // Once a day of the stream: events that aged out past the late margin freeze (or leave, with a
    // sink), merged ones drop their centroids, and the postings forget both.
    private void Sweep(int today)
    {
        _sweptDay = today;
        var kept = 0;
        for (var k = 0; k < _live.Count; k++)
        {
            var i = _live[k];
            var c = _events[i]!;
            if (c.MergedInto >= 0)
            {
                c.Release();
                Touch(i);
                continue;
            }

            if (c.Last is { } last && today - last.DayNumber > _o.AgeOutDays + LateDays)
            {
                c.Freeze();
                Froze(i);
                if (_finished is not null)
                {
                    _finished(Describe(c, ""));
                    _events[i] = null;
                }

                continue;
            }

            _live[kept++] = i;
        }

        _live.RemoveRange(kept, _live.Count - kept);
        List<int>? empty = null;
        foreach (var (term, list) in _index)
        {
            if (Prune(list, null, 0))
            {
                TouchPosting(_index, term);
            }

            if (list.Count == 0)
            {
                (empty ??= []).Add(term);
            }
        }

        foreach (var term in empty ?? [])
        {
            _index.Remove(term);
        }
    }

    private EventGroup Describe(Cluster c, string storyId) =>
        new("e" + ShortHash("event:" + c.Articles[0]), storyId, c.Articles, c.First, TopTermsOf(c.Body, 8));

    // The ids of the body terms and names when counting the article just looked them up (in the
    // dictionaries' order; the vectors take those arrays over).
    private Vectors VectorsOf(ArticleFeatures a, int[]? termIds = null, int[]? entityIds = null) =>
        new(Weigh(a.TermCounts, termIds), Weigh(a.TitleCounts, null), Weigh(a.EntityCounts, entityIds));

    private TermVector Weigh(IReadOnlyDictionary<string, float> counts, int[]? known)
    {
        var n = _terms.Documents + PseudoDocuments;
        var ids = known ?? new int[counts.Count];
        var weights = new double[counts.Count];
        var i = 0;
        double squares = 0;
        foreach (var (term, count) in counts)
        {
            var id = known is null ? _terms.Id(term) : known[i];
            var w = (1 + Math.Log(count)) * Math.Log((n + 1.0) / (_terms.DocumentFrequency(id) + 1.0));
            ids[i] = id;
            weights[i++] = w;
            squares += w * w;
        }

        var norm = Math.Sqrt(squares);
        if (norm > 0)
        {
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] /= norm;
            }
        }

        // Sorted by id (the norm is taken in reading order first): centroids add and dot by merging.
        Array.Sort(ids, weights);
        return new TermVector(ids, weights);
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
        var session = new OnlineEventClusterer(_o) { _trackArticles = true };
        foreach (var a in articles)
        {
            session._terms.CountArticle(a);
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
                events[Resolve(events, e)]!.Articles.Add(copy.Id);
            }
            else
            {
                var c = new Cluster();
                c.Add(copy, session.VectorsOf(copy));
                events.Add(c);
            }
        }

        return session.Link(events.Where(e => e!.MergedInto < 0).Select(e => e!).ToList());
    }

    private static int Resolve(List<Cluster?> events, int i)
    {
        while (events[i]!.MergedInto >= 0)
        {
            i = events[i]!.MergedInto;
        }

        return i;
    }

    // The article's vectors are unit length (and spread out in _body, _title and _entities while
    // its candidates are scored); the centroids' norms are kept in the cluster.
    private double Similarity(Vectors v, Cluster c) =>
        (_o.BodyWeight * Dot(v.Body, _body, c.Body)) + (_o.TitleWeight * Dot(v.Title, _title, c.Title)) + (_o.EntityWeight * Dot(v.Entities, _entities, c.Entities));

    private static double Dot(TermVector unit, DenseVector spread, Centroid centroid)
    {
        var norm = centroid.Norm;
        return norm == 0 || unit.Count == 0 ? 0 : centroid.Dot(spread) / norm;
    }

    private Grouping Link(List<Cluster> events)
    {
        // Stable order: by first date, then by first article id.
        events = events.OrderBy(e => e.First?.DayNumber ?? int.MaxValue).ThenBy(e => e.Articles[0].Value).ToList();
        var storyOf = new StoryLinker(_o, _terms).Link(events.Select(e => new StoryEvent(e.First, e.Last, e.Body, e.Entities)).ToList());
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
            var group = Describe(events[i], storyIdOf[storyOf[i]]);
            eventIds[i] = group.Id;
            eventGroups.Add(group);
        }

        var storyGroups = storyMembers.Select(kv =>
        {
            var merged = new Centroid();
            foreach (var m in kv.Value)
            {
                merged.Add(events[m].Body);
            }

            return new StoryGroup(storyIdOf[kv.Key], kv.Value.Select(m => eventIds[m]).ToList(), TopTermsOf(merged, 8));
        }).ToList();
        return new Grouping(eventGroups, storyGroups);
    }

    // Candidates from the inverted index; entries of clusters whose last date lies more than
    // maxAge days before the article's date are dropped from the postings as they are met, so the
    // index holds only live clusters and a lookup costs the live candidates, not the archive.
    private List<int> Candidates(List<int> keys, Dictionary<int, List<int>> index, DateOnly? now, int maxAge, List<Cluster?> clusters)
    {
        var hit = _hit;
        hit.Clear();
        if (_hitCount.Length < clusters.Count)
        {
            Array.Resize(ref _hitCount, Math.Max(clusters.Count, _hitCount.Length * 2));
        }

        var count = _hitCount;
        var lastDay = _lastDay;
        foreach (var term in keys)
        {
            if (!index.TryGetValue(term, out var list))
            {
                continue;
            }

            // Pruned and counted in one pass: the postings kept are the ones counted.
            var postings = CollectionsMarshal.AsSpan(list);
            var kept = 0;
            foreach (var ci in postings)
            {
                CheckNoted(ci);
                if (Stale(lastDay[ci], now?.DayNumber, maxAge))
                {
                    continue;
                }

                postings[kept++] = ci;
                if (count[ci]++ == 0)
                {
                    hit.Add(ci);
                }
            }

            if (kept < list.Count)
            {
                list.RemoveRange(kept, list.Count - kept);
                TouchPosting(index, term);
            }
        }

        // The clusters sharing the most keys with the article, at most MaxCandidates of them (ties:
        // the lowest index), in index order. The cut is found by counting clusters per number of
        // shared keys (at most the number of keys), not by sorting every hit.
        var result = new List<int>(Math.Min(hit.Count, _o.MaxCandidates));
        if (hit.Count <= _o.MaxCandidates)
        {
            result.AddRange(hit);
            ClearHits();
            result.Sort();
            return result;
        }

        var most = 0;
        foreach (var ci in hit)
        {
            most = Math.Max(most, count[ci]);
        }

        Span<int> perCount = most < 256 ? stackalloc int[most + 1] : new int[most + 1];
        foreach (var ci in hit)
        {
            perCount[count[ci]]++;
        }

        var cut = most;
        var above = 0;
        while (above + perCount[cut] < _o.MaxCandidates)
        {
            above += perCount[cut--];
        }

        var atCut = _tied;
        atCut.Clear();
        foreach (var ci in hit)
        {
            var n = count[ci];
            if (n > cut)
            {
                result.Add(ci);
            }
            else if (n == cut)
            {
                atCut.Add(ci);
            }
        }

        ClearHits();
        atCut.Sort();
        result.AddRange(atCut.Take(_o.MaxCandidates - result.Count));
        result.Sort();
        return result;
    }

    private void ClearHits()
    {
        foreach (var ci in _hit)
        {
            _hitCount[ci] = 0;
        }
    }

    private bool Prune(List<int> list, int? day, int maxAge)
    {
        var postings = CollectionsMarshal.AsSpan(list);
        var kept = 0;
        foreach (var ci in postings)
        {
            CheckNoted(ci);
            if (!Stale(_lastDay[ci], day, maxAge))
            {
                postings[kept++] = ci;
            }
        }

        var changed = kept < list.Count;
        list.RemoveRange(kept, list.Count - kept);
        return changed;
    }

    // A posting to drop: its cluster is gone, or its last day lies more than maxAge days before day.
    private static bool Stale(int lastDay, int? day, int maxAge) =>
        lastDay == Gone || (day is { } d && d - (long)lastDay > maxAge);

    // Debug builds (the tests) check the flat array against the clusters themselves.
    [Conditional("DEBUG")]
    private void CheckNoted(int cluster) =>
        Debug.Assert(_lastDay[cluster] == LastDayOf(_events[cluster]), "the flat last days lag a cluster's change");

    private static int LastDayOf(Cluster? c) =>
        c is null || c.MergedInto >= 0 || c.IsFrozen ? Gone : c.Last is { } last ? last.DayNumber : Undated;

    // Notes a cluster's change in the flat array.
    private void Note(int cluster)
    {
        Reserve(cluster + 1);
        _lastDay[cluster] = LastDayOf(_events[cluster]);
    }

    // Room for the first n clusters; slots not yet noted read as gone (a resumed store's events
    // that stayed on disk).
    private void Reserve(int n)
    {
        if (_lastDay.Length < n)
        {
            var old = _lastDay.Length;
            Array.Resize(ref _lastDay, Math.Max(n, Math.Max(1024, old * 2)));
            Array.Fill(_lastDay, Gone, old, _lastDay.Length - old);
        }
    }

    private void Index(Dictionary<int, List<int>> index, List<int> keys, int clusterIndex)
    {
        foreach (var term in keys)
        {
            if (!index.TryGetValue(term, out var list))
            {
                index[term] = list = [];
            }

            if (list.Count == 0 || list[^1] != clusterIndex)
            {
                list.Add(clusterIndex);
                TouchPosting(index, term);
                // A posting list keeps its most recent clusters only: a lookup's cost stays bounded
                // however common the term (old entries of a busy term are the least likely match).
                if (list.Count > _o.MaxPostings)
                {
                    list.RemoveRange(0, list.Count - _o.MaxPostings);
                }
            }
        }
    }

    // The index keys of an article: its heaviest body terms, then its heaviest names and numbers.
    private List<int> ArticleKeys(Vectors v)
    {
        _keys.Clear();
        _top.Reset(_o.CandidateTerms);
        _top.Offer(v.Body);
        foreach (var id in _top.Selected)
        {
            _keys.Add(id);
        }

        _top.Reset(_o.CandidateTerms);
        _top.Offer(v.Entities);
        foreach (var id in _top.Selected)
        {
            _keys.Add(id);
        }

        return _keys;
    }

    private List<string> TopTermsOf(Centroid c, int n) => _top.TextsOf(c, n, _terms);

    internal static string ShortHash(string s) =>
        (XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(s)) & 0xFFFFFFFFFF).ToString("x10", CultureInfo.InvariantCulture);

    private sealed record Vectors(TermVector Body, TermVector Title, TermVector Entities);

    private sealed class Cluster
    {
        public DateOnly? First { get; private set; }

        public DateOnly? Last { get; private set; }

        public int MergedInto { get; set; } = -1;

        public List<ArticleId> Articles { get; } = [];

        public Centroid Body { get; private set; } = new();

        public Centroid Title { get; private set; } = new();

        public Centroid Entities { get; private set; } = new();

        public bool IsFrozen => Body.IsFrozen;

        public void Restore(DateOnly? first, DateOnly? last, IEnumerable<ArticleId> articles, Centroid body, Centroid title, Centroid entities)
        {
            First = first;
            Last = last;
            Articles.AddRange(articles);
            Body = body;
            Title = title;
            Entities = entities;
        }

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
            Body.Add(v.Body);
            Title.Add(v.Title);
            Entities.Add(v.Entities);
        }

        public void Absorb(Cluster other)
        {
            Articles.AddRange(other.Articles);
            Extend(other.First, other.Last);
            Body.Add(other.Body);
            if (!other.IsFrozen && !Title.IsFrozen)
            {
                Title.Add(other.Title);
            }

            Entities.Add(other.Entities);
        }

        // Aged out: no article compares with it again, only the story linker reads its body and names.
        public void Freeze()
        {
            Body.Freeze();
            Entities.Freeze();
            Title = Empty;
        }

        // Merged into another event: its centroids live on in the other one.
        public void Release()
        {
            Articles.Clear();
            Body = Empty;
            Title = Empty;
            Entities = Empty;
        }

        private static readonly Centroid Empty = Frozen();

        private static Centroid Frozen()
        {
            var c = new Centroid();
            c.Freeze();
            return c;
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
    }
}
