using Liputan.Documents;
using Liputan.Stories.Duplicates;
using Liputan.Stories.Events;
using Liputan.Storage;

namespace Liputan.Workflows;

/// <summary>
/// Groups articles as they are stored: the duplicate detector and the event clusterer resume from
/// the store's online state, each new batch is assigned to copies and events in the batch's own
/// transaction (only what changed is written), and <see cref="Publish"/> links the stored events
/// into stories. The store is never regrouped; <see cref="GroupingWorkflow"/> is the full rebuild.
/// </summary>
public sealed class OnlineGrouping
{
    private readonly IStore _store;
    private readonly OnlineEventClusterer _clusterer;
    private readonly DuplicateDetector _duplicates;

    /// <summary>Resumes the online state of <paramref name="store"/>.</summary>
    public OnlineGrouping(IStore store, ClusteringOptions? options = null, DuplicateOptions? duplicates = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        var state = store.LoadOnline();
        _clusterer = OnlineEventClusterer.Resume(state.Events, options);
        _duplicates = DuplicateDetector.Resume(state.DuplicatesSeen, state.Signatures, duplicates);
    }

    /// <summary>Assigns the new articles of a batch; returns the changes to store with them.</summary>
    public OnlineChanges Assign(IReadOnlyList<Article> inserted)
    {
        ArgumentNullException.ThrowIfNull(inserted);
        // Signatures and features are per article: on all cores. Then, in stream order, the
        // duplicate check (by publication time) and the clustering (by event date), as a rebuild reads them.
        var signatures = new ulong[inserted.Count][];
        var features = new ArticleFeatures[inserted.Count];
        Parallel.For(0, inserted.Count, i =>
        {
            signatures[i] = _duplicates.Signature(inserted[i].Body);
            features[i] = ArticleFeatures.Of(inserted[i]);
        });

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

        return new OnlineChanges(_clusterer.TakeChanges(), _duplicates.Count, _duplicates.TakeNew(), _duplicates.OldestHeld, links);
    }

    /// <summary>Links the stored events into stories and replaces the store's events and stories with them (copies kept).</summary>
    public Grouping Publish()
    {
        var grouping = _clusterer.Link(_store.OnlineEvents());
        _store.ReplaceEvents(grouping);
        return grouping;
    }

    /// <summary>
    /// A store written before the online state existed (articles, no state): replays its articles
    /// through the online grouping once, in publication order, so ingest can go on from there.
    /// </summary>
    public void CatchUp(int batchSize = 1000)
    {
        if (_duplicates.Count > 0 || _store.CountArticles() == 0)
        {
            return;
        }

        var articles = _store.Articles().OrderBy(a => a.Published?.Value.UtcDateTime ?? DateTime.MaxValue).ThenBy(a => a.Id.Value).ToList();
        foreach (var batch in articles.Chunk(batchSize))
        {
            _store.SaveOnline(Assign(batch));
        }
    }
}
