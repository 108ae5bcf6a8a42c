using Liputan.Documents;
using Liputan.Extraction.Html;
using Liputan.Extraction.Text;

namespace Liputan.Extraction;

/// <summary>
/// The entry point of extraction: picks the extractor a document's content calls for.
/// Immutable and thread-safe.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly SavedPageExtractor _text = new();
    private readonly HtmlExtractor _html = new();

    /// <summary>The shared instance.</summary>
    public static DocumentExtractor Default { get; } = new();

    /// <summary>Extracts the article, or says why there is none.</summary>
    public ExtractionResult Extract(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var span = document.Content.Span;
        if (LooksLikeHtml(span))
        {
            return _html.Extract(document);
        }

        return _text.Extract(document);
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\n', '\r', '\t');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
               (head.StartsWith('<') && (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase))) ||
               head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }
}
