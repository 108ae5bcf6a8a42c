using Liputan.Documents;

namespace Liputan.Language.Quotes;

/// <summary>A speaker mention read next to a cue: its span, the name within it and the role.</summary>
/// <param name="Mention">All the words read (role and name).</param>
/// <param name="Name">The name part; null when the mention is only a role ("Presiden") or a pronoun.</param>
/// <param name="Role">The role or affiliation part.</param>
/// <param name="Pronoun">True for "dia", "ia", "beliau", "he", "she" and "&lt;role&gt; itu/tersebut".</param>
public sealed record SpeakerMention(TextSpan Mention, TextSpan? Name, TextSpan? Role, bool Pronoun);

/// <summary>
/// Finds the words naming a speaker next to a cue. The rule-based default reads capitalised
/// sequences and role words; an entity layer can take its place later.
/// </summary>
public interface ISpeakerFinder
{
    /// <summary>The speaker mention starting at <paramref name="position"/> (after a cue: "kata X").</summary>
    SpeakerMention? After(string text, int position);

    /// <summary>The speaker mention ending at <paramref name="position"/> (before a cue: "X mengatakan").</summary>
    SpeakerMention? Before(string text, int position);
}
