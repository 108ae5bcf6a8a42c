namespace Liputan.Coverage;

/// <summary>A pointer to the text an item came from: an article and a span of its body.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Outlet">The article's outlet, for display.</param>
/// <param name="Start">Start of the span in the article's body (UTF-16).</param>
/// <param name="End">End of the span (exclusive).</param>
/// <param name="Text">The cited text, rendered from the span.</param>
public sealed record Citation(string ArticleId, string? Outlet, int Start, int End, string Text);
