using Liputan.Documents;

namespace Liputan.Language.Quotes;

/// <summary>Whether a quote reproduces the words (between quotation marks) or reports them.</summary>
public enum QuoteKind
{
    /// <summary>Words between quotation marks.</summary>
    Direct,

    /// <summary>Reported speech: "X mengatakan bahwa …", "Menurut X, …".</summary>
    Indirect,
}

/// <summary>A person (or role) named or referred to as the one who speaks.</summary>
/// <param name="Mention">The words in the text next to the cue (a name, a role, or a pronoun).</param>
/// <param name="Name">The span of the person's name the mention resolves to (the mention itself when it is a name; an earlier name for a pronoun or anaphor).</param>
/// <param name="Role">The role or affiliation stated next to the name, if any.</param>
/// <param name="IsAnaphor">True when the mention is a pronoun, a <c>-nya</c> cue or a phrase such as "juru bicara itu".</param>
public sealed record Speaker(TextSpan Mention, TextSpan? Name, TextSpan? Role, bool IsAnaphor);

/// <summary>A quote: the statement, its cue verb and its speaker.</summary>
/// <param name="Span">The statement (with its quotation marks for a direct quote).</param>
/// <param name="Kind">Direct or indirect.</param>
/// <param name="Cue">The cue word ("kata", "ujarnya", "mengatakan", "menurut", "said").</param>
/// <param name="Speaker">Who says it, when found.</param>
public sealed record Quote(TextSpan Span, QuoteKind Kind, TextSpan? Cue, Speaker? Speaker);
