using Liputan.Pipeline;

namespace Liputan.Language.Quantities;

/// <summary>Produces the quantities layer.</summary>
public sealed class QuantityStage : Stage<IReadOnlyList<Quantity>>
{
    /// <inheritdoc />
    public override IReadOnlyList<LayerKey> Needs => [];

    /// <inheritdoc />
    public override LayerKey<IReadOnlyList<Quantity>> Output => LanguageLayers.Quantities;

    /// <inheritdoc />
    protected override IReadOnlyList<Quantity> Run(AnalyzedArticle input) =>
        QuantityFinder.Find(input.Article.Body, input.Article.Language);
}
