namespace Liputan.Documents;

/// <summary>What a paragraph of the body is.</summary>
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Text,

    /// <summary>A subheading inside the article.</summary>
    Heading,

    /// <summary>A list item.</summary>
    ListItem,

    /// <summary>A block quote.</summary>
    BlockQuote,
}
