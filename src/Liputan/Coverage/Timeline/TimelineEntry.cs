namespace Liputan.Coverage.Timeline;

/// <summary>One dated entry of a story's timeline.</summary>
/// <param name="Date">First day meant (yyyy-MM-dd).</param>
/// <param name="End">Last day meant (yyyy-MM-dd; equals <paramref name="Date"/> for one day).</param>
/// <param name="Value">TIMEX-like value: "2021-12-30", "2022-01-09/2022-01-10", "2021-12", "2014".</param>
/// <param name="Granularity">"day", "interval", "month" or "year".</param>
/// <param name="Kind">"event" (the story's own events), "scheduled" (after the report), "background" (well before the story) or "report" (the date of a report an article cites).</param>
/// <param name="Text">The sentence that dates it, from the first source.</param>
/// <param name="Sources">Every article sentence that gives this date (an article may give it in several sentences).</param>
/// <param name="Expressions">The words that give the date, one per source, in the order of <paramref name="Sources"/>.</param>
public sealed record TimelineEntry(string Date, string End, string Value, string Granularity, string Kind, string Text, IReadOnlyList<Citation> Sources, IReadOnlyList<string> Expressions);
