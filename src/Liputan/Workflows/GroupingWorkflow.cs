using Liputan.Stories.Duplicates;
using Liputan.Stories.Events;
using Liputan.Storage;

namespace Liputan.Workflows;

/// <summary>Rebuilds duplicates, events and stories from every stored article, deterministically.</summary>
public sealed class GroupingWorkflow(IStore store, ClusteringOptions? options = null, DuplicateOptions? duplicates = null)
{
    /// <summary>Regroups and stores the result.</summary>
    public Grouping Rebuild()
    {
        var articles = store.Articles().ToList();
        var links = DuplicateDetector.Find(articles, duplicates);
        var canonicalOf = links.ToDictionary(l => l.Copy, l => l.Canonical);
        var features = articles.Select(ArticleFeatures.Of).ToList();
        var grouping = new OnlineEventClusterer(options).Group(features, canonicalOf) with { Duplicates = links };
        store.ReplaceGrouping(grouping);
        return grouping;
    }
}
