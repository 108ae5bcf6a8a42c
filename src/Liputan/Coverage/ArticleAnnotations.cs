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
    // Relative words inside quotes ("hari ini" said on the day of the event, printed the next day)
    // are re-anchored by the time layer itself, against the event day the lead gives.
    public static Dictionary<ArticleId, ArticleAnnotations> Build(IReadOnlyList<Article> articles)
    {
        var found = new ArticleAnnotations[articles.Count];
        Parallel.For(0, articles.Count, k =>
        {
            var a = articles[k];
            var reference = Timeline.TimelineBuilder.ReferenceDate(a);
            var quotes = QuoteExtractor.Default.Extract(a.Body);
            var times = TimeExpressionFinder.Find(TimeCues.Keep(a.Body), reference);
            found[k] = new ArticleAnnotations(reference, times, CitedMediaFinder.Find(a.Body), quotes);
        });
        var map = new Dictionary<ArticleId, ArticleAnnotations>(articles.Count);
        for (var k = 0; k < articles.Count; k++)
        {
            map.TryAdd(articles[k].Id, found[k]);
        }

        return map;
    }
}
