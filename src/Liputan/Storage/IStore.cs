using Liputan.Documents;
using Liputan.Stories.Duplicates;
using Liputan.Stories.Events;

namespace Liputan.Storage;

/// <summary>What happened to one article offered to the store.</summary>
public enum IngestStatus
{
    /// <summary>Stored as a new article.</summary>
    Inserted,

    /// <summary>Already stored (same canonical URL, or same content): nothing written.</summary>
    Duplicate,
}

/// <summary>The outcome for one article of a batch.</summary>
public sealed record IngestOutcome(ArticleId Id, IngestStatus Status, ArticleId? ExistingId, string? Reason);

/// <summary>A stored story with its counts, for listings.</summary>
public sealed record StorySummary(string Id, string Title, int EventCount, int ArticleCount, int OutletCount, DateOnly? First, DateOnly? Last);

/// <summary>A search hit.</summary>
public sealed record SearchHit(ArticleId Id, string? Title, string? Outlet, string Snippet, double Rank);

/// <summary>
/// Keeps every stage's output. The SQLite store is the embedded default; a server database can
/// take over behind this interface. Implementations are safe to use from one thread at a time.
/// </summary>
public interface IStore : IDisposable
{
    /// <summary>Stores a batch in one transaction: all of it is written, or none.</summary>
    IReadOnlyList<IngestOutcome> Ingest(IReadOnlyList<Article> batch);

    /// <summary>
    /// Stores a batch and, in the same transaction, the online grouping changes
    /// <paramref name="group"/> returns for the articles that were new (in batch order).
    /// </summary>
    IReadOnlyList<IngestOutcome> Ingest(IReadOnlyList<Article> batch, Func<IReadOnlyList<Article>, OnlineChanges> group);

    /// <summary>The online grouping state (live events, terms, index, recent signatures); empty for a new store.</summary>
    OnlineChanges LoadOnline();

    /// <summary>Stores online grouping changes alone, in one transaction (a replay of stored articles).</summary>
    void SaveOnline(OnlineChanges changes);

    /// <summary>Every stored online event that did not merge into another, with its centroids.</summary>
    IEnumerable<StoredCluster> OnlineEvents();

    /// <summary>Forgets the online grouping state (before it is rebuilt from the articles).</summary>
    void ClearOnline();

    /// <summary>
    /// The online story linker's stored stories, read through a connection of their own (the last
    /// committed state), so the grouping thread may read them while a batch's articles are written.
    /// </summary>
    IStoredStories OnlineStories();

    /// <summary>How many events and stories are stored.</summary>
    (int Events, int Stories) CountGroups();

    /// <summary>Every stored event and story (the whole grouping, as the last ingest or rebuild left it).</summary>
    Grouping StoredGrouping();

    /// <summary>An article by id, or null.</summary>
    Article? GetArticle(ArticleId id);

    /// <summary>All articles, streamed in id order.</summary>
    IEnumerable<Article> Articles();

    /// <summary>Number of stored articles.</summary>
    int CountArticles();

    /// <summary>
    /// Replaces every event and story with <paramref name="grouping"/>, in one transaction; the online
    /// story linker's state is dropped with them, so the next ingest links its events again in full.
    /// </summary>
    void ReplaceGrouping(Grouping grouping);

    /// <summary>Stories, largest first.</summary>
    IReadOnlyList<StorySummary> Stories();

    /// <summary>A story's events with their article ids, or null when the id is unknown.</summary>
    (StoryGroup Story, IReadOnlyList<EventGroup> Events)? GetStory(string storyId);

    /// <summary>Replaces the annotations of one layer of one article, in one transaction.</summary>
    void SaveAnnotations(ArticleId article, string layer, IReadOnlyList<Annotation> annotations);

    /// <summary>The annotations of an article, of one layer or of all when <paramref name="layer"/> is null, in span order.</summary>
    IReadOnlyList<Annotation> GetAnnotations(ArticleId article, string? layer = null);
    /// <summary>Copies of <paramref name="canonical"/> ("also published at"), by id, as the last grouping found them.</summary>
    IReadOnlyList<ArticleId> CopiesOf(ArticleId canonical);

    /// <summary>Full-text search over titles and bodies.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);
}
