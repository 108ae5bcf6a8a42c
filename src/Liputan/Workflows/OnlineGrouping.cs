using Liputan.Documents;
using Liputan.Language.Tokens;
using Liputan.Stories.Duplicates;
using Liputan.Stories.Events;
using Liputan.Storage;

namespace Liputan.Workflows;

/// <summary>
/// Groups articles as they are stored: the duplicate detector, the event clusterer and the story
/// linker resume from the store's online state, and each new batch is assigned to copies, events
/// and stories in the batch's own transaction (only what changed is written: the new and grown
/// events' rows, the stories they touched). The store is never regrouped; <see cref="GroupingWorkflow"/>
/// is the full rebuild.
/// </summary>
public sealed class OnlineGrouping
{
    private readonly IStore _store;
    private readonly OnlineEventClusterer _clusterer;
    private readonly DuplicateDetector _duplicates;
    private readonly OnlineStoryLinker _stories;
    private long _linkTicks;

    /// <summary>Resumes the online state of <paramref name="store"/>.</summary>
    public OnlineGrouping(IStore store, ClusteringOptions? options = null, DuplicateOptions? duplicates = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        var state = store.LoadOnline();
        _clusterer = OnlineEventClusterer.Resume(state.Events, options);
        _duplicates = DuplicateDetector.Resume(state.DuplicatesSeen, state.Signatures, duplicates);
        _stories = OnlineStoryLinker.Resume(
            state.Stories ?? new OnlineStories(), state.Events.Clusters, state.Events.EventCount > 0, options ?? ClusteringOptions.Default,
            _clusterer.Terms, store.OnlineStories(), _clusterer.LiveEvent, state.Events.NewestDay);
    }

    /// <summary>Time spent linking events into stories so far (a part of <see cref="Assign(IReadOnlyList{Article}, IReadOnlyList{PreparedArticle})"/>).</summary>
    public TimeSpan Linking => System.Diagnostics.Stopwatch.GetElapsedTime(0, _linkTicks);

    /// <summary>
    /// What the grouping reads of one article (its features and its MinHash signature): pure and
    /// safe on many threads, so ingest computes it with the extraction, ahead of the batch's
    /// sequential assignment.
    /// </summary>
    public PreparedArticle Prepare(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // The body is tokenized once for both: the features' terms and the signature's shingles read the same tokens.
        var tokens = Tokenizer.Tokenize(article.Body);
        return new PreparedArticle(article, ArticleFeatures.Of(article, tokens), _duplicates.Signature(tokens));
    }

    /// <summary>Assigns the new articles of a batch; returns the changes to store with them.</summary>
    public OnlineChanges Assign(IReadOnlyList<Article> inserted) => Assign(inserted, []);

    /// <summary>
    /// Assigns the new articles of a batch, reading the features of those in <paramref name="prepared"/>
    /// (by reference) and computing the others on all cores; returns the changes to store with them.
    /// </summary>
    public OnlineChanges Assign(IReadOnlyList<Article> inserted, IReadOnlyList<PreparedArticle> prepared)
    {
        ArgumentNullException.ThrowIfNull(inserted);
        ArgumentNullException.ThrowIfNull(prepared);
        var ready = new Dictionary<Article, PreparedArticle>(prepared.Count, ReferenceEqualityComparer.Instance);
        foreach (var p in prepared)
        {
            ready[p.Article] = p;
        }

        var signatures = new ulong[inserted.Count][];
        var features = new ArticleFeatures[inserted.Count];
        var missing = new List<int>();
        for (var i = 0; i < inserted.Count; i++)
        {
            if (ready.TryGetValue(inserted[i], out var p))
            {
                (signatures[i], features[i]) = (p.Signature, p.Features);
            }
            else
            {
                missing.Add(i);
            }
        }

        // Signatures and features are per article: on all cores. Then, in stream order, the
        // duplicate check (by publication time) and the clustering (by event date), as a rebuild reads them.
        Parallel.ForEach(missing, i => (_, features[i], signatures[i]) = Prepare(inserted[i]));

        var links = new List<DuplicateLink>();
        var canonicalOf = new Dictionary<ArticleId, ArticleId>();
        foreach (var i in Enumerable.Range(0, inserted.Count).OrderBy(i => inserted[i].Published?.Value.UtcDateTime ?? DateTime.MaxValue).ThenBy(i => inserted[i].Id.Value))
        {
            if (_duplicates.Add(inserted[i].Id, signatures[i]) is { } link)
            {
                links.Add(link);
                canonicalOf[link.Copy] = link.Canonical;
            }
        }

        _clusterer.AddBatch(features, canonicalOf);

        // The batch's new events are linked into the stored stories, its grown ones update theirs.
        var t = System.Diagnostics.Stopwatch.GetTimestamp();
        _stories.Update(_clusterer.ChangedEvents());
        var stories = _stories.TakeChanges();
        _linkTicks += System.Diagnostics.Stopwatch.GetTimestamp() - t;
        return new OnlineChanges(_clusterer.TakeChanges(), _duplicates.Count, _duplicates.TakeNew(), _duplicates.OldestHeld, links) { Stories = stories };
    }

    /// <summary>
    /// A store written before the online state existed (articles, no state): replays its articles
    /// through the online grouping once, in publication order, so ingest can go on from there. A
    /// store with online events but no story linker state (written before it existed, or rebuilt by
    /// <see cref="GroupingWorkflow"/> since) has its events linked once in full, and its event and
    /// story rows replaced by the online ones.
    /// </summary>
    public void CatchUp(int batchSize = 1000)
    {
        if (_duplicates.Count == 0 && _store.CountArticles() > 0)
        {
            var articles = _store.Articles().OrderBy(a => a.Published?.Value.UtcDateTime ?? DateTime.MaxValue).ThenBy(a => a.Id.Value).ToList();
            foreach (var batch in articles.Chunk(batchSize))
            {
                _store.SaveOnline(Assign(batch));
            }
        }

        if (!_stories.Linked)
        {
            var t = System.Diagnostics.Stopwatch.GetTimestamp();
            _stories.LinkAll(_clusterer.LinkerEvents(_store.OnlineEvents()));
            var stories = _stories.TakeChanges();
            _linkTicks += System.Diagnostics.Stopwatch.GetTimestamp() - t;
            _store.SaveOnline(new OnlineChanges(_clusterer.TakeChanges(), _duplicates.Count, _duplicates.TakeNew(), _duplicates.OldestHeld, []) { Stories = stories });
        }
    }
}

/// <summary>An article with what the online grouping reads of it, computed ahead (<see cref="OnlineGrouping.Prepare"/>).</summary>
public sealed record PreparedArticle(Article Article, ArticleFeatures Features, ulong[] Signature);
