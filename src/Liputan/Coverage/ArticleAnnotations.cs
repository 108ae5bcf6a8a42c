using Liputan.Documents;
using Liputan.Language.Media;
using Liputan.Language.Quotes;
using Liputan.Language.Times;

namespace Liputan.Coverage;

/// <summary>
/// What several parts of the view read from each article, found once per article on all cores:
/// the reference date its time expressions are read against, the expressions, the cited media,
/// the quotes.
/// </summary>
internal sealed record ArticleAnnotations(DateOnly? Reference, IReadOnlyList<TimeExpression> Times, IReadOnlyList<CitedMedium> Media, IReadOnlyList<Quote> Quotes)
{
    /// <summary>The annotations; <paramref name="eventDates"/> gives the date of each article's story event.</summary>
    public static Dictionary<ArticleId, ArticleAnnotations> Build(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, DateOnly> eventDates)
    {
        var found = new ArticleAnnotations[articles.Count];
        Parallel.For(0, articles.Count, k =>
        {
            var a = articles[k];
            var reference = Timeline.TimelineBuilder.ReferenceDate(a);
            var quotes = QuoteExtractor.Default.Extract(a.Body);
            var times = TimeExpressionFinder.Find(TimeCues.Keep(a.Body), reference);
            if (reference is { } r && eventDates.TryGetValue(a.Id.ToString(), out var spoken) && spoken < r)
            {
                times = SpokenAt(a.Body, times, quotes, r, spoken);
            }

            found[k] = new ArticleAnnotations(reference, times, MediaCues.Find(a.Body), quotes);
        });
        var map = new Dictionary<ArticleId, ArticleAnnotations>(articles.Count);
        for (var k = 0; k < articles.Count; k++)
        {
            map.TryAdd(articles[k].Id, found[k]);
        }

        return map;
    }

    /// <summary>
    /// Words inside a direct quote were spoken when the event happened, not when the report was
    /// published: a relative expression there ("hari ini", "kemarin", no digits) is read against
    /// the date of the article's story event when the report came later ("… kami siap lakukan
    /// hari ini," said on the day of the call, printed the next day).
    /// </summary>
    private static List<TimeExpression> SpokenAt(string body, IReadOnlyList<TimeExpression> times, IReadOnlyList<Quote> quotes, DateOnly reference, DateOnly spoken)
    {
        var shift = spoken.DayNumber - reference.DayNumber;
        var list = new List<TimeExpression>(times.Count);
        foreach (var t in times)
        {
            var relative = t.Granularity is TimeGranularity.Day or TimeGranularity.Interval && !body.AsSpan(t.Span.Start, t.Span.End - t.Span.Start).ContainsAnyInRange('0', '9');
            var quoted = quotes.Any(q => q.Kind == QuoteKind.Direct && q.Span.Start <= t.Span.Start && t.Span.End <= q.Span.End);
            list.Add(relative && quoted ? t with { Start = t.Start.AddDays(shift), End = t.End.AddDays(shift) } : t);
        }

        return list;
    }
}
