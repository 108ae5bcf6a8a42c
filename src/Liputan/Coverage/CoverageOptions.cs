namespace Liputan.Coverage;

/// <summary>Settings of the coverage builder.</summary>
/// <param name="MaxSummarySentences">At most this many summary sentences (5-8 for a multi-outlet story).</param>
/// <param name="MinSummarySentences">At least this many, when the story has enough distinct sentences.</param>
/// <param name="Lambda">MMR trade-off between centrality and novelty (Carbonell &amp; Goldstein 1998).</param>
/// <param name="SupportThreshold">Share of a sentence's content words another sentence must hold to support it.</param>
/// <param name="RedundancyThreshold">Cosine above which a candidate repeats a chosen sentence and is skipped.</param>
/// <param name="BackgroundDays">Dates this long before the story's first event are background, not events.</param>
public sealed record CoverageOptions(
    int MaxSummarySentences = 8,
    int MinSummarySentences = 5,
    double Lambda = 0.7,
    double SupportThreshold = 0.7,
    double RedundancyThreshold = 0.5,
    int BackgroundDays = 60)
{
    /// <summary>The defaults.</summary>
    public static CoverageOptions Default { get; } = new();
}
