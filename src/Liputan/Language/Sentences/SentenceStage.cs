using Liputan.Documents;
using Liputan.Pipeline;

namespace Liputan.Language.Sentences;

/// <summary>Produces the sentence layer.</summary>
public sealed class SentenceStage : Stage<IReadOnlyList<TextSpan>>
{
    /// <inheritdoc />
    public override IReadOnlyList<LayerKey> Needs => [];

    /// <inheritdoc />
    public override LayerKey<IReadOnlyList<TextSpan>> Output => LanguageLayers.Sentences;

    /// <inheritdoc />
    protected override IReadOnlyList<TextSpan> Run(AnalyzedArticle input) => SentenceSplitter.Split(input.Article);
}
