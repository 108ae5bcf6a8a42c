namespace Liputan.Stories.Events;

/// <summary>The stories the linker's index points at, wherever they are held.</summary>
internal interface IStoryProfiles
{
    /// <summary>The profile of a story that <see cref="TryLast"/> found.</summary>
    StoryProfile this[int story] { get; }

    /// <summary>The story's last date; false when the story is gone (merged away, or left the window).</summary>
    bool TryLast(int story, out DateOnly? last);
}
