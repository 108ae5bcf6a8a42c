using Liputan.Pipeline;

namespace Liputan.Language.Times;

/// <summary>Produces the normalised time expressions layer (absolute and relative).</summary>
public sealed class TimeStage : Stage<IReadOnlyList<TimeExpression>>
{
    /// <inheritdoc />
    public override IReadOnlyList<LayerKey> Needs => [];

    /// <inheritdoc />
    public override LayerKey<IReadOnlyList<TimeExpression>> Output => LanguageLayers.Times;

    /// <inheritdoc />
    protected override IReadOnlyList<TimeExpression> Run(AnalyzedArticle input)
    {
        var a = input.Article;
        DateOnly? published = a.Published is { } p ? DateOnly.FromDateTime(p.Value.DateTime) : null;
        return TimeExpressionFinder.Find(a.Body, published);
    }
}
