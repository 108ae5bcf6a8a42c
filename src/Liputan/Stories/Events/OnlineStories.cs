namespace Liputan.Stories.Events;

/// <summary>
/// One story of the online story linker as stored: its id, its last date, how many events it
/// holds, the events still live in the clusterer (their vectors still grow, so they are summed in
/// when the story is read), and the summed centroids of its events that aged out (opaque bytes).
/// </summary>
public sealed record StoredStory(int Seq, string Id, int? LastDay, int? BaseLastDay, int Members, IReadOnlyList<int> Live, byte[] Body, byte[] Entities);

/// <summary>
/// The online story linker's state. On load: whether the store's stories are the linker's
/// (<see cref="Linked"/>), the story count and the candidate index; story rows are read on demand
/// (<see cref="IStoredStories"/>). On save: what changed in the batch, and the event and story rows
/// to write, so a batch rewrites only the events and stories it touched.
/// </summary>
public sealed class OnlineStories
{
    /// <summary>Whether the stored events are linked into the stored stories (false: catch up by one full link).</summary>
    public bool Linked { get; init; }

    /// <summary>Stories created so far (the next story's seq).</summary>
    public int StoryCount { get; init; }

    /// <summary>The candidate index over story keys (all on load; changed lists on save, empty meaning gone).</summary>
    public IReadOnlyList<StoredPosting> Postings { get; init; } = [];

    /// <summary>On save: every event and story row is replaced (a full link), not only the changed ones.</summary>
    public bool ReplaceAll { get; init; }

    /// <summary>On save: stories that changed.</summary>
    public IReadOnlyList<StoredStory> Stories { get; init; } = [];

    /// <summary>On save: stories left without events (their events merged into another story's).</summary>
    public IReadOnlyList<int> DeletedStories { get; init; } = [];

    /// <summary>On save: the story each newly linked event joined.</summary>
    public IReadOnlyList<(int Event, int Story)> EventStories { get; init; } = [];

    /// <summary>On save: the event rows to write (new or grown events), each with its ordinal (the event's seq).</summary>
    public IReadOnlyList<(int Ordinal, EventGroup Event)> EventRows { get; init; } = [];

    /// <summary>On save: the ids of event rows to delete (events merged into another).</summary>
    public IReadOnlyList<string> DeletedEventIds { get; init; } = [];

    /// <summary>On save: the story rows to write (their terms).</summary>
    public IReadOnlyList<StoryGroup> StoryRows { get; init; } = [];

    /// <summary>On save: the ids of story rows to delete.</summary>
    public IReadOnlyList<string> DeletedStoryIds { get; init; } = [];
}
