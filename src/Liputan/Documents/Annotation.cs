namespace Liputan.Documents;

/// <summary>
/// One item of an annotation layer as the store keeps it: a span of an article's body, the layer
/// it belongs to ("sentences", "entities"), a label ("PERSON") and an optional value ("2021-12-30").
/// </summary>
public sealed record Annotation(ArticleId ArticleId, string Layer, TextSpan Span, string Label, string? Value = null);
