namespace Liputan.Coverage.Summary;

/// <summary>
/// Extractive multi-outlet summary: centroid scoring (Radev et al. 2004) weighted by how many
/// outlets report the sentence, MMR selection to remove redundancy across outlets, reading order
/// by position in the articles. Each sentence cites every article with a sentence that holds
/// most of its content words, found by similarity, not only the article it was taken from.
/// </summary>
internal static class Summarizer
{
    private const int MinTerms = 5;
    private const int MaxWords = 60;
    private const int ShortList = 120;

    public static List<SummarySentence> Summarize(SentencePool pool, CoverageOptions options)
    {
        var candidates = pool.Sentences.Where(s => s.Terms.Count >= MinTerms && s.Text.Split(' ').Length <= MaxWords).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        // Each article weighs the same in the centroid, whatever its length.
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(s => s.Article.Id))
        {
            var count = group.Count();
            foreach (var s in group)
            {
                foreach (var (t, w) in s.Vector)
                {
                    centroid[t] = centroid.GetValueOrDefault(t) + (w / count);
                }
            }
        }

        var norm = Math.Sqrt(centroid.Values.Sum(w => w * w));
        var outlets = candidates.Select(s => s.Outlet).Distinct(StringComparer.Ordinal).Count();

        // Support (how many outlets report a sentence) is costly; compute it for the most
        // central candidates only, which is where the summary comes from.
        var scored = candidates
            .Select(s => (Sentence: s, Score: (norm == 0 ? 0 : s.Cosine(centroid) / norm) + (s.Index < 3 ? 0.1 : 0)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Sentence.Article.Id.Value).ThenBy(x => x.Sentence.Span.Start)
            .Take(ShortList)
            .Select(x => (x.Sentence, Score: x.Score + (0.3 * pool.Supporters(x.Sentence, options.SupportThreshold).Select(o => o.Outlet).Distinct(StringComparer.Ordinal).Count() / Math.Max(1, outlets))))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Sentence.Article.Id.Value).ThenBy(x => x.Sentence.Span.Start)
            .ToList();

        var limit = Math.Min(options.MaxSummarySentences, Math.Max(options.MinSummarySentences, 2 + outlets));
        var chosen = new List<StorySentence>();
        while (chosen.Count < limit)
        {
            StorySentence? best = null;
            var bestValue = double.MinValue;
            foreach (var (s, score) in scored)
            {
                if (chosen.Contains(s))
                {
                    continue;
                }

                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(c => s.Cosine(c.Vector));
                if (redundancy >= options.RedundancyThreshold)
                {
                    continue;
                }

                var value = (options.Lambda * score) - ((1 - options.Lambda) * redundancy);
                if (value > bestValue)
                {
                    best = s;
                    bestValue = value;
                }
            }

            if (best is null)
            {
                break;
            }

            chosen.Add(best);
        }

        return chosen
            .OrderBy(s => s.Position)
            .ThenBy(s => s.Article.Published?.Value ?? DateTimeOffset.MaxValue)
            .Select(s => new SummarySentence(
                s.Text,
                s.Cite(),
                pool.Supporters(s, options.SupportThreshold).GroupBy(x => x.Article.Id).Select(g => g.OrderByDescending(x => s.ContainedIn(x)).First().Cite()).ToList()))
            .ToList();
    }
}
