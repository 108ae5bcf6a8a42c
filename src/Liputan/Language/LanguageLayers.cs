using Liputan.Documents;
using Liputan.Language.Entities;
using Liputan.Language.Media;
using Liputan.Language.Quantities;
using Liputan.Language.Quotes;
using Liputan.Language.Times;
using Liputan.Language.Tokens;
using Liputan.Pipeline;

namespace Liputan.Language;

/// <summary>The keys of the language layers.</summary>
public static class LanguageLayers
{
    /// <summary>Sentence spans.</summary>
    public static readonly LayerKey<IReadOnlyList<TextSpan>> Sentences = new("sentences");

    /// <summary>Tokens.</summary>
    public static readonly LayerKey<IReadOnlyList<Token>> Tokens = new("tokens");

    /// <summary>Calendar dates mentioned in the text.</summary>
    public static readonly LayerKey<IReadOnlyList<DateMention>> Dates = new("dates");

    /// <summary>Named entities with roles, acronyms and aliases merged within the article.</summary>
    public static readonly LayerKey<IReadOnlyList<EntityMention>> Entities = new("entities");
    /// <summary>Direct and indirect quotes with cue and speaker.</summary>
    public static readonly LayerKey<IReadOnlyList<Quote>> Quotes = new("quotes");

    /// <summary>Numbers with range, unit and hedge.</summary>
    public static readonly LayerKey<IReadOnlyList<Quantity>> Quantities = new("quantities");

    /// <summary>Media the article cites, and its photo credits.</summary>
    public static readonly LayerKey<IReadOnlyList<CitedMedium>> CitedMedia = new("cited_media");

    /// <summary>Absolute and relative time expressions normalised against the reference date.</summary>
    public static readonly LayerKey<IReadOnlyList<TimeExpression>> Times = new("times");
}
