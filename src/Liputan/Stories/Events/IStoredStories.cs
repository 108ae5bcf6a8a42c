namespace Liputan.Stories.Events;

/// <summary>
/// Reads the online story linker's stored stories, as last committed. The linker holds the
/// stories it changed since then itself, so it reads here only what earlier batches wrote.
/// </summary>
public interface IStoredStories
{
    /// <summary>A stored story, or null when there is none with that seq.</summary>
    StoredStory? Story(int seq);

    /// <summary>A stored story's last date (day number); false when there is none with that seq.</summary>
    bool TryLastDay(int seq, out int? lastDay);

    /// <summary>The last dates of the stored stories whose last date is <paramref name="sinceDay"/> or later, or unknown: those an event can still join.</summary>
    IEnumerable<(int Seq, int? LastDay)> LastDays(int sinceDay);
}
