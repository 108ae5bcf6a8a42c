using Liputan.Documents;

namespace Liputan.Stories.Events;

/// <summary>
/// The persisted side of the online clusterer: an ingest resumes from the stored state (terms,
/// live events, candidate index) and hands back, after each batch, only what changed, so the
/// articles and their events are written in one transaction and a run never regroups the store.
/// </summary>
public sealed partial class OnlineEventClusterer
{
    private HashSet<int>? _changedClusters;
    private HashSet<int>? _changedPostings;

    /// <summary>A clusterer that goes on from <paramref name="state"/> and tracks what changes, for <see cref="TakeChanges"/>.</summary>
    public static OnlineEventClusterer Resume(OnlineState state, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var c = new OnlineEventClusterer(options) { _trackArticles = true, _changedClusters = [], _changedPostings = [] };
        foreach (var t in state.Terms.OrderBy(t => t.Id))
        {
            if (c._terms.Id(t.Term) != t.Id)
            {
                throw new InvalidDataException($"stored clustering terms are not dense (term {t.Id} '{t.Term}')");
            }

            c._terms.SetDocumentFrequency(t.Id, t.DocumentFrequency);
        }

        c._terms.Documents = state.Documents;
        c._terms.TrackChanges();
        c._newest = state.NewestDay;
        c._sweptDay = state.SweptDay;
        for (var i = 0; i < state.EventCount; i++)
        {
            c._events.Add(null);
        }

        c.Reserve(state.EventCount);

        foreach (var s in state.Clusters.OrderBy(s => s.Seq))
        {
            var cluster = Restore(s);
            c._events[s.Seq] = cluster;
            c.Note(s.Seq);
            if (s.MergedInto < 0 && !s.Frozen)
            {
                c._live.Add(s.Seq);
                foreach (var a in s.Articles)
                {
                    c._eventOf[a] = s.Seq;
                }
            }
        }

        foreach (var p in state.Postings)
        {
            c._index[p.Term] = [.. p.Clusters];
        }

        return c;
    }

    /// <summary>
    /// Adds a batch as <see cref="Group(IReadOnlyList{ArticleFeatures}, IReadOnlyDictionary{ArticleId, ArticleId})"/> reads a
    /// whole store: the batch's document frequencies first, then its articles in event-date order,
    /// then its copies into their canonical articles' events. A store ingested in one batch groups
    /// as a rebuild does; later batches go on from the state the earlier ones left.
    /// </summary>
    public void AddBatch(IReadOnlyList<ArticleFeatures> articles, IReadOnlyDictionary<ArticleId, ArticleId> canonicalOf)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(canonicalOf);
        var wasFixed = _fixedFrequencies;
        var counted = new Dictionary<ArticleFeatures, (int[] Terms, int[] Entities)>(ReferenceEqualityComparer.Instance);
        if (!wasFixed)
        {
            foreach (var a in articles)
            {
                counted[a] = _terms.CountArticle(a);
            }
        }

        _fixedFrequencies = true;
        try
        {
            var ordered = articles.OrderBy(a => a.Order, StringComparer.Ordinal).ToList();
            foreach (var a in ordered.Where(a => !canonicalOf.ContainsKey(a.Id)))
            {
                // Counted twice (an article listed twice), its ids were taken over by its first vectors.
                var ids = counted.Remove(a, out var c) ? c : ((int[] Terms, int[] Entities)?)null;
                Add(a, ids?.Terms, ids?.Entities);
            }

            foreach (var a in ordered.Where(a => canonicalOf.ContainsKey(a.Id)))
            {
                AddCopy(a, canonicalOf[a.Id]);
            }
        }
        finally
        {
            _fixedFrequencies = wasFixed;
        }
    }

    /// <summary>
    /// A copy of an article (near duplicate) joins its canonical article's event while that event
    /// is in memory (live, or aged out within this batch); otherwise it starts an event of its own, as in <see cref="Group(IReadOnlyList{ArticleFeatures}, IReadOnlyDictionary{ArticleId, ArticleId})"/>.
    /// </summary>
    public void AddCopy(ArticleFeatures copy, ArticleId canonical)
    {
        ArgumentNullException.ThrowIfNull(copy);
        if (!_fixedFrequencies)
        {
            _terms.CountArticle(copy);
        }

        if (_eventOf.TryGetValue(canonical, out var e) && _events[e] is { } c && c.MergedInto < 0)
        {
            c.Articles.Add(copy.Id);
            _eventOf[copy.Id] = e;
            Touch(e);
            return;
        }

        _events.Add(new Cluster());
        var target = _events.Count - 1;
        _events[target]!.Add(copy, VectorsOf(copy));
        _live.Add(target);
        _eventOf[copy.Id] = target;
        Touch(target);
    }

    /// <summary>What changed since the resume or the last call (terms, events, postings); events that aged out or merged then leave memory.</summary>
    public OnlineState TakeChanges()
    {
        if (_changedClusters is null || _changedPostings is null)
        {
            throw new InvalidOperationException("only a resumed clusterer tracks changes");
        }

        var clusters = _changedClusters.Order().Select(i => Store(i, _events[i]!)).ToList();
        var postings = _changedPostings.Order().Select(t => new StoredPosting(t, _index.TryGetValue(t, out var l) ? [.. l] : [])).ToList();
        var terms = _terms.TakeChanges().Select(id => new StoredTerm(id, _terms[id], _terms.DocumentFrequency(id))).ToList();
        foreach (var i in _changedClusters)
        {
            // Stored now: an event that aged out or merged is no longer needed in memory.
            if (_events[i] is { } c && (c.MergedInto >= 0 || c.IsFrozen))
            {
                foreach (var a in c.Articles)
                {
                    _eventOf.Remove(a);
                }

                _events[i] = null;
            }
        }

        _changedClusters.Clear();
        _changedPostings.Clear();
        return new OnlineState
        {
            Documents = _terms.Documents,
            NewestDay = _newest,
            SweptDay = _sweptDay,
            EventCount = _events.Count,
            Terms = terms,
            Clusters = clusters,
            Postings = postings,
        };
    }

    /// <summary>The terms the clusterer interned (the story linker reads names and keys by them).</summary>
    internal TermTable Terms => _terms;

    /// <summary>The events changed since the last <see cref="TakeChanges"/> (new, grown, merged, aged out), by seq, as the story linker reads them.</summary>
    internal List<LinkerEvent> ChangedEvents()
    {
        var list = new List<LinkerEvent>();
        foreach (var i in (_changedClusters ?? []).Order())
        {
            if (_events[i] is { } c)
            {
                list.Add(View(i, c));
            }
        }

        return list;
    }

    /// <summary>A live event's current vectors, or null when it is not in memory (aged out and stored, or merged).</summary>
    internal StoryEvent? LiveEvent(int seq) =>
        seq < _events.Count && _events[seq] is { MergedInto: < 0 } c ? new StoryEvent(c.First, c.Last, c.Body, c.Entities) : null;

    /// <summary>Stored events (not merged) as the story linker reads them: live ones from memory, the others restored.</summary>
    internal List<LinkerEvent> LinkerEvents(IEnumerable<StoredCluster> stored)
    {
        var list = new List<LinkerEvent>();
        foreach (var s in stored)
        {
            if (s.MergedInto >= 0 || s.Articles.Count == 0)
            {
                continue;
            }

            var c = s.Seq < _events.Count && _events[s.Seq] is { } live ? live : Restore(s);
            list.Add(View(s.Seq, c));
        }

        return list;
    }

    private LinkerEvent View(int seq, Cluster c) =>
        new(seq, new StoryEvent(c.First, c.Last, c.Body, c.Entities), c.MergedInto >= 0, c.IsFrozen, c.Articles.Count > 0 ? Describe(c, "") : null);

    private static Cluster Restore(StoredCluster s)
    {
        var c = new Cluster { MergedInto = s.MergedInto };
        DateOnly? Day(int? d) => d is { } n ? DateOnly.FromDayNumber(n) : null;
        c.Restore(Day(s.FirstDay), Day(s.LastDay), s.Articles, Centroid.Read(s.Body, s.Frozen), Centroid.Read(s.Title, s.Frozen), Centroid.Read(s.Entities, s.Frozen));
        return c;
    }

    private static StoredCluster Store(int seq, Cluster c) =>
        new(seq, c.First?.DayNumber, c.Last?.DayNumber, c.MergedInto, c.IsFrozen, [.. c.Articles], c.Body.Write(), c.Title.Write(), c.Entities.Write());

    private void Merge(int target, int other)
    {
        var t = _events[target]!;
        var o = _events[other]!;
        t.Absorb(o);
        o.MergedInto = target;
        if (_trackArticles)
        {
            foreach (var a in o.Articles)
            {
                _eventOf[a] = target;
            }
        }

        Touch(target);
        Touch(other);
    }

    private void Touch(int cluster)
    {
        Note(cluster);
        _changedClusters?.Add(cluster);
    }

    private void TouchPosting(Dictionary<int, List<int>> index, int term)
    {
        if (ReferenceEquals(index, _index))
        {
            _changedPostings?.Add(term);
        }
    }

    private void Froze(int i) => Touch(i);
}
