using Liputan.Documents;

namespace Liputan.Language.Entities;

/// <summary>The kind of a named entity.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation (government body, company, party, team…).</summary>
    Organisation,

    /// <summary>A place.</summary>
    Location,

    /// <summary>A news outlet or agency.</summary>
    Media,
}

/// <summary>
/// A named entity mentioned in the text: its span (the name only, no title), its type, the
/// canonical name it was merged to within the article (full name, expansion of an acronym,
/// gazetteer name), and the role or title stated with it ("Presiden Rusia"), if any.
/// </summary>
/// <param name="Span">The name's span over the body.</param>
/// <param name="Type">What it names.</param>
/// <param name="Canonical">The article-wide name of the entity.</param>
/// <param name="Role">The stated role or title, or null.</param>
public sealed record EntityMention(TextSpan Span, EntityType Type, string Canonical, string? Role);
