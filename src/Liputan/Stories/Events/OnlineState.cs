using Liputan.Documents;

namespace Liputan.Stories.Events;

/// <summary>One interned term of the online clusterer and its document frequency.</summary>
public sealed record StoredTerm(int Id, string Term, int DocumentFrequency);

/// <summary>
/// One event of the online clusterer as stored: its dates (day numbers), the event it merged into
/// (or -1), whether it aged out (frozen), its articles and its centroids (opaque bytes).
/// </summary>
public sealed record StoredCluster(int Seq, int? FirstDay, int? LastDay, int MergedInto, bool Frozen, IReadOnlyList<ArticleId> Articles, byte[] Body, byte[] Title, byte[] Entities)
{
    /// <summary>The online story the event was linked into (-1: not linked yet); read on load, written by the story linker.</summary>
    public int Story { get; init; } = -1;
}

/// <summary>One posting list of the candidate index: the clusters (by seq) filed under a term.</summary>
public sealed record StoredPosting(int Term, IReadOnlyList<int> Clusters);

/// <summary>
/// The state an online clusterer needs to go on where it stopped: document count, the newest day
/// seen, the terms, the live events and the candidate index. Loaded whole on start (live events
/// only); saved as the changes since the last save, in the batch's transaction.
/// </summary>
public sealed class OnlineState
{
    /// <summary>Articles counted into the document frequencies.</summary>
    public int Documents { get; init; }

    /// <summary>The newest event day seen (day number), if any.</summary>
    public int? NewestDay { get; init; }

    /// <summary>The day of the last age-out sweep.</summary>
    public int SweptDay { get; init; } = int.MinValue;

    /// <summary>Events created so far (the next event's seq).</summary>
    public int EventCount { get; init; }

    /// <summary>Terms (all on load; new or changed on save).</summary>
    public IReadOnlyList<StoredTerm> Terms { get; init; } = [];

    /// <summary>Events (the live ones on load; changed ones on save).</summary>
    public IReadOnlyList<StoredCluster> Clusters { get; init; } = [];

    /// <summary>Posting lists (all on load; changed ones on save, an empty list meaning gone).</summary>
    public IReadOnlyList<StoredPosting> Postings { get; init; } = [];
}
