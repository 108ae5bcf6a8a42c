using Liputan.Pipeline;

namespace Liputan.Language.Media;

/// <summary>Produces the cited-media layer.</summary>
public sealed class CitedMediaStage : Stage<IReadOnlyList<CitedMedium>>
{
    /// <inheritdoc />
    public override IReadOnlyList<LayerKey> Needs => [];

    /// <inheritdoc />
    public override LayerKey<IReadOnlyList<CitedMedium>> Output => LanguageLayers.CitedMedia;

    /// <inheritdoc />
    protected override IReadOnlyList<CitedMedium> Run(AnalyzedArticle input) =>
        CitedMediaFinder.Find(input.Article.Body, input.Article.PhotoCredits);
}
