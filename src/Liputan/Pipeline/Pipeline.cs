using Liputan.Documents;

namespace Liputan.Pipeline;

/// <summary>An ordered, immutable list of stages; safe to run on many threads at once.</summary>
public sealed class Pipeline
{
    internal Pipeline(IReadOnlyList<IStage> stages) => Stages = stages;

    /// <summary>The stages in run order.</summary>
    public IReadOnlyList<IStage> Stages { get; }

    /// <summary>Runs every stage on <paramref name="article"/>.</summary>
    public AnalyzedArticle Run(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var current = new AnalyzedArticle(article);
        foreach (var stage in Stages)
        {
            current = current.With(stage.Produces, stage.Run(current));
        }

        return current;
    }
}
