using Liputan.Pipeline;

namespace Liputan.Language.Times;

/// <summary>Produces the dates layer, resolved against the article's publication date.</summary>
public sealed class DateStage : Stage<IReadOnlyList<DateMention>>
{
    /// <inheritdoc />
    public override IReadOnlyList<LayerKey> Needs => [];

    /// <inheritdoc />
    public override LayerKey<IReadOnlyList<DateMention>> Output => LanguageLayers.Dates;

    /// <inheritdoc />
    protected override IReadOnlyList<DateMention> Run(AnalyzedArticle input)
    {
        var a = input.Article;
        DateOnly? reference = a.Published is { } p ? DateOnly.FromDateTime(p.Value.DateTime) : null;
        return DateMentionFinder.Find(a.Body, reference);
    }
}
