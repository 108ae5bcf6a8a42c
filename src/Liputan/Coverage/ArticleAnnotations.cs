using Liputan.Documents;
using Liputan.Language.Media;
using Liputan.Language.Times;

namespace Liputan.Coverage;

/// <summary>
/// What several parts of the view read from each article, found once per article on all cores:
/// the reference date its time expressions are read against, the expressions, the cited media.
/// </summary>
internal sealed record ArticleAnnotations(DateOnly? Reference, IReadOnlyList<TimeExpression> Times, IReadOnlyList<CitedMedium> Media)
{
    public static Dictionary<ArticleId, ArticleAnnotations> Build(IReadOnlyList<Article> articles)
    {
        var found = new ArticleAnnotations[articles.Count];
        Parallel.For(0, articles.Count, k =>
        {
            var a = articles[k];
            var reference = Timeline.TimelineBuilder.ReferenceDate(a);
            found[k] = new ArticleAnnotations(reference, TimeExpressionFinder.Find(a.Body, reference), MediaCues.Find(a.Body));
        });
        var map = new Dictionary<ArticleId, ArticleAnnotations>(articles.Count);
        for (var k = 0; k < articles.Count; k++)
        {
            map.TryAdd(articles[k].Id, found[k]);
        }

        return map;
    }
}
