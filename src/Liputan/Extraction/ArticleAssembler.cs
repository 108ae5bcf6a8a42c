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
        // Spans first, then the body in one piece: every page passes here, so no builder chunks.
        var kept = new List<string>();
        var spans = new List<Paragraph>();
        var length = 0;
        foreach (var (text, kind) in paragraphs)
        {
            var t = text.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (kept.Count > 0)
            {
                length += Separator.Length;
            }

            spans.Add(new Paragraph(new TextSpan(length, length + t.Length), kind));
            kept.Add(t);
            length += t.Length;
        }

        var body = string.Create(length, kept, static (dest, parts) =>
        {
            var at = 0;
            foreach (var part in parts)
            {
                if (at > 0)
                {
                    Separator.CopyTo(dest[at..]);
                    at += Separator.Length;
                }

                part.CopyTo(dest[at..]);
                at += part.Length;
            }
        });
        return (body, spans);
    }

    /// <summary>Hex xxHash64 of the body folded for comparison: pages that differ only in quotes, dashes, case or spacing hash alike.</summary>
    public static string ContentHash(string body) =>
        TextNormalizer.FoldedHash(body).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
