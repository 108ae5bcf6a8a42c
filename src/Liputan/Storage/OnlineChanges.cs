using Liputan.Stories.Duplicates;
using Liputan.Stories.Events;

namespace Liputan.Storage;

/// <summary>
/// The online grouping state of a store: the clusterer's state (live events, terms, candidate
/// index) and the duplicate detector's (articles seen, the signatures it still holds).
/// </summary>
/// <param name="Events">The clusterer's state: everything on load, the changes on save.</param>
/// <param name="DuplicatesSeen">Articles the duplicate detector has seen.</param>
/// <param name="Signatures">Signatures: those held on load, the new ones on save.</param>
/// <param name="OldestSignature">On save: stored signatures before this seq may go.</param>
/// <param name="Links">On save: copies found in the batch.</param>
public sealed record OnlineChanges(OnlineState Events, int DuplicatesSeen, IReadOnlyList<StoredSignature> Signatures, int OldestSignature, IReadOnlyList<DuplicateLink> Links)
{
    /// <summary>The story linker's state: the index on load, the changed stories and rows on save (null: none).</summary>
    public OnlineStories? Stories { get; init; }
}
