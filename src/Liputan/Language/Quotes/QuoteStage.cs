using Liputan.Pipeline;

namespace Liputan.Language.Quotes;

/// <summary>Produces the quotes layer: direct and indirect quotes with cue and speaker.</summary>
public sealed class QuoteStage : Stage<IReadOnlyList<Quote>>
{
    /// <inheritdoc />
    public override IReadOnlyList<LayerKey> Needs => [];

    /// <inheritdoc />
    public override LayerKey<IReadOnlyList<Quote>> Output => LanguageLayers.Quotes;

    /// <inheritdoc />
    protected override IReadOnlyList<Quote> Run(AnalyzedArticle input) => QuoteExtractor.Default.Extract(input.Article.Body);
}
