using System.Globalization;
using Liputan.Coverage.Claims;
using Liputan.Coverage.Facts;
using Liputan.Coverage.Outlets;
using Liputan.Coverage.QuoteBoard;
using Liputan.Coverage.Summary;
using Liputan.Coverage.Timeline;
using Liputan.Documents;

namespace Liputan.Coverage;

/// <summary>Builds a story's coverage view from its grouping view and its articles. Pure and thread-safe.</summary>
public sealed class CoverageBuilder(CoverageOptions? options = null)
{
    private readonly CoverageOptions _options = options ?? CoverageOptions.Default;

    /// <summary>The coverage of <paramref name="story"/>; <paramref name="articles"/> are the story's articles.</summary>
    public StoryCoverage Build(StoryView story, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles.OrderBy(a => a.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id.Value).ToList();
        var pool = SentencePool.Build(ordered);
        var notes = ArticleAnnotations.Build(ordered);
        DateOnly? firstEvent = story.First is null ? null : DateOnly.ParseExact(story.First, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var eventOf = EventOf(story);
        var board = QuoteBoardBuilder.Build(ordered, notes, out var statements);
        var facts = FactAligner.Align(pool, notes, eventOf, _options, firstEvent);
        facts.AddRange(statements.Select(f => InEvents(f, eventOf)));
        return new StoryCoverage(
            story,
            Summarizer.Summarize(pool, _options),
            TimelineBuilder.Build(pool, ordered, notes, firstEvent, _options),
            OutletCoverageBuilder.Outlets(ordered, pool, notes),
            OutletCoverageBuilder.Exclusive(pool, notes, board),
            facts,
            board,
            OneSidedFinder.Find(pool),
            ContradictionFinder.Find(pool));
    }

    private static Fact InEvents(Fact f, Dictionary<string, string> eventOf)
    {
        var values = f.Values.Select(v => v with { Event = eventOf.GetValueOrDefault(v.Source.ArticleId) }).ToList();
        var events = values.Select(v => v.Event).Distinct(StringComparer.Ordinal).ToList();
        return f with { Values = values, Event = events.Count == 1 ? events[0] : null, AcrossEvents = events.Count > 1 };
    }

    // Copies ("also published at") belong to their original's event.
    private static Dictionary<string, string> EventOf(StoryView story)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in story.Events)
        {
            foreach (var a in e.Articles.SelectMany(a => a.AlsoPublishedAt.Prepend(a)))
            {
                map.TryAdd(a.Id, e.Id);
            }
        }

        return map;
    }
}
