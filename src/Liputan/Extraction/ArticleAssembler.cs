using System.Text;
using Liputan.Documents;

namespace Liputan.Extraction;

/// <summary>
/// Builds the body string and its paragraph spans from the paragraphs an extractor kept, and
/// the content hash and id. Every extractor ends here, so all articles share one body form.
/// </summary>
public static class ArticleAssembler
{
    /// <summary>Paragraph separator inside <see cref="Article.Body"/>.</summary>
    public const string Separator = "\n\n";

    /// <summary>The body string and spans for <paramref name="paragraphs"/>.</summary>
    public static (string Body, IReadOnlyList<Paragraph> Spans) Join(IEnumerable<(string Text, ParagraphKind Kind)> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var sb = new StringBuilder();
        var spans = new List<Paragraph>();
        foreach (var (text, kind) in paragraphs)
        {
            var t = text.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(Separator);
            }

            spans.Add(new Paragraph(new TextSpan(sb.Length, sb.Length + t.Length), kind));
            sb.Append(t);
        }

        return (sb.ToString(), spans);
    }

    /// <summary>Hex xxHash64 of the body folded for comparison: pages that differ only in quotes, dashes, case or spacing hash alike.</summary>
    public static string ContentHash(string body) =>
        XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(TextNormalizer.FoldForComparison(body))).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
