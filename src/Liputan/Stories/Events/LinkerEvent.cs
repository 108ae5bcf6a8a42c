namespace Liputan.Stories.Events;

/// <summary>
/// One event as the online story linker reads it at the end of a batch: its vectors, whether it
/// merged into another or aged out, and its row (with no story yet; null once its articles left).
/// </summary>
internal sealed record LinkerEvent(int Seq, StoryEvent Event, bool Merged, bool Frozen, EventGroup? Row);
