using System.Text.RegularExpressions;
using Liputan.Coverage;
using Liputan.Documents;
using Liputan.Workflows;

namespace Liputan.Eval;

/// <summary>
/// Grounding of story summaries (issue 6): over every story of the seeds and of examples/articles,
/// the share of summary sentences with at least one valid citation, and the share of citations
/// that are valid. A citation is valid when its text is exactly its span of the cited article's
/// body and holds at least half of the summary sentence's words (own tokenizer: lower-cased
/// letter runs of 3+ characters), so the check does not reuse the code it checks.
/// </summary>
internal static partial class CoverageEval
{
    private const double MinOverlap = 0.5;

    public static void Run(string shared, string root, Report report)
    {
        int sentences = 0, grounded = 0, citations = 0, valid = 0;
        foreach (var folder in new[] { Path.Combine(shared, "seeds"), Path.Combine(root, "examples", "articles") })
        {
            using var temp = new TempStore("coverage");
            var store = temp.Store;
            new IngestWorkflow(store).Run([folder]);
            new GroupingWorkflow(store).Rebuild();
            foreach (var s in store.Stories())
            {
                var (story, events) = store.GetStory(s.Id)!.Value;
                var articles = events.SelectMany(e => e.Articles).Distinct().Select(store.GetArticle).OfType<Article>().ToList();
                var byId = articles.ToDictionary(a => a.Id.ToString(), StringComparer.Ordinal);
                var coverage = new CoverageBuilder().Build(StoryViewBuilder.Build(story, events, store.GetArticle), articles);
                foreach (var sentence in coverage.Summary)
                {
                    sentences++;
                    var words = Words(sentence.Text);
                    var any = false;
                    foreach (var c in sentence.Support)
                    {
                        citations++;
                        var ok = byId.TryGetValue(c.ArticleId, out var a) && c.End <= a.Body.Length && a.Body[c.Start..c.End] == c.Text &&
                                 Overlap(words, Words(c.Text)) >= MinOverlap;
                        valid += ok ? 1 : 0;
                        any |= ok;
                    }

                    grounded += any ? 1 : 0;
                    if (!any)
                    {
                        Report.Item(false, "grounding", "summary sentence without a valid citation: " + sentence.Text);
                    }
                }
            }
        }

        Report.Item(sentences > 0, "grounding", $"{grounded}/{sentences} summary sentences grounded, {valid}/{citations} citations valid");
        report.Metric("coverage.grounding.sentences", sentences == 0 ? 0 : (double)grounded / sentences);
        report.Metric("coverage.grounding.citations", citations == 0 ? 0 : (double)valid / citations);
    }

    private static HashSet<string> Words(string text) =>
        Letters().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    private static double Overlap(HashSet<string> sentence, HashSet<string> cited) =>
        sentence.Count == 0 ? 0 : (double)sentence.Count(cited.Contains) / sentence.Count;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
