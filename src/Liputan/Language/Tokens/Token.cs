using Liputan.Documents;

namespace Liputan.Language.Tokens;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenShape
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token: a span over the body, its shape, and its lower-cased normal form.</summary>
public sealed record Token(TextSpan Span, TokenShape Shape, string Normal);
