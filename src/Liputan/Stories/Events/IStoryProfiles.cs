namespace Liputan.Stories.Events;

/// <summary>The stories the linker's index points at, wherever they are held.</summary>
internal interface IStoryProfiles
{
    /// <summary>The profile of a story that <see cref="TryLast"/> found.</summary>
    StoryProfile this[int story] { get; }

    /// <summary>The story's last date; false when the story is gone (merged away, or left the window).</summary>
    bool TryLast(int story, out DateOnly? last);

    /// <summary>
    /// The story's salient names when they are known without reading its profile (null: read
    /// it). Given only when they decide as the profile's would (not with background names, which
    /// depend on the batch): a candidate that shares too few of them is passed over before its
    /// profile is read from the store.
    /// </summary>
    int[]? KnownSalient(int story) => null;
}
