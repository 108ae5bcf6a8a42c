using Liputan.Stories.Events;
using Liputan.Storage;

namespace Liputan.Workflows;

/// <summary>Rebuilds events and stories from every stored article, deterministically.</summary>
public sealed class GroupingWorkflow(IStore store, ClusteringOptions? options = null)
{
    /// <summary>Regroups and stores the result.</summary>
    public Grouping Rebuild()
    {
        var features = store.Articles().Select(ArticleFeatures.Of).ToList();
        var grouping = new OnlineEventClusterer(options).Group(features);
        store.ReplaceGrouping(grouping);
        return grouping;
    }
}
