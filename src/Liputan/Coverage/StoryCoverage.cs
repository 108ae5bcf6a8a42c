using Liputan.Coverage.Claims;
using Liputan.Coverage.Facts;
using Liputan.Coverage.Outlets;
using Liputan.Coverage.QuoteBoard;
using Liputan.Coverage.Summary;
using Liputan.Coverage.Timeline;

namespace Liputan.Coverage;

/// <summary>
/// The grounded view of one story: its events and articles, a cited summary, a timeline, the
/// coverage by outlet, what only one outlet reports, facts compared across outlets, the quote board,
/// claims made by one side only and statements of one outlet that contradict all others. Every
/// text in it is a span of a source.
/// </summary>
public sealed record StoryCoverage(
    StoryView Story,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<OutletCoverage> Outlets,
    IReadOnlyList<ExclusiveItem> OnlyOneOutlet,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<SpeakerQuotes> Quotes,
    IReadOnlyList<OneSidedClaim> OneSided,
    IReadOnlyList<Contradiction> Contradictions);
