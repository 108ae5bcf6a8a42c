namespace Liputan.Coverage.Timeline;

/// <summary>One dated entry of a story's timeline.</summary>
/// <param name="Date">ISO date (yyyy-MM-dd).</param>
/// <param name="Kind">"event" (the story's own events), "scheduled" (after the report) or "background" (well before the story).</param>
/// <param name="Text">The sentence that dates it, from the first source.</param>
/// <param name="Sources">Every article sentence that gives this date.</param>
public sealed record TimelineEntry(string Date, string Kind, string Text, IReadOnlyList<Citation> Sources);
