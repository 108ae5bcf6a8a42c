using Liputan.Documents;

namespace Liputan.Pipeline;

/// <summary>
/// One analysis step: reads an article and the layers it needs, returns the layer it produces.
/// Implementations must be pure and thread-safe; the same instance runs on all cores.
/// </summary>
public interface IStage
{
    /// <summary>The layers this stage reads.</summary>
    IReadOnlyList<LayerKey> Needs { get; }

    /// <summary>The layer this stage returns.</summary>
    LayerKey Produces { get; }

    /// <summary>Computes the layer for <paramref name="input"/>.</summary>
    object Run(AnalyzedArticle input);
}

/// <summary>Typed base class for stages.</summary>
public abstract class Stage<T> : IStage
    where T : class
{
    /// <inheritdoc />
    public abstract IReadOnlyList<LayerKey> Needs { get; }

    /// <summary>The typed key of the produced layer.</summary>
    public abstract LayerKey<T> Output { get; }

    LayerKey IStage.Produces => Output;

    object IStage.Run(AnalyzedArticle input) => Run(input);

    /// <summary>Computes the layer.</summary>
    protected abstract T Run(AnalyzedArticle input);
}
