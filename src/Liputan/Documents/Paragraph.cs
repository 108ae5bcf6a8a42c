namespace Liputan.Documents;

/// <summary>One paragraph of an article body, as a span over the body string.</summary>
public sealed record Paragraph(TextSpan Span, ParagraphKind Kind);
