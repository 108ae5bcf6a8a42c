using Liputan.Pipeline;

namespace Liputan.Language.Entities;

/// <summary>Produces the entities layer: tagged names with roles, acronyms and aliases merged within the article.</summary>
public sealed class EntityStage : Stage<IReadOnlyList<EntityMention>>
{
    /// <inheritdoc />
    public override IReadOnlyList<LayerKey> Needs => [LanguageLayers.Sentences, LanguageLayers.Tokens];

    /// <inheritdoc />
    public override LayerKey<IReadOnlyList<EntityMention>> Output => LanguageLayers.Entities;

    /// <inheritdoc />
    protected override IReadOnlyList<EntityMention> Run(AnalyzedArticle input) =>
        EntityRecognizer.Default.Find(input.Article.Body, input.Get(LanguageLayers.Sentences), input.Get(LanguageLayers.Tokens));
}
