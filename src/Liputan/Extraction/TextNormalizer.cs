using System.Text;

namespace Liputan.Extraction;

/// <summary>
/// The body text's normal form: NFC, one kind of line break, no control characters, spaces
/// folded. Quote and dash characters are kept as the source has them; comparisons that need
/// them unified use <see cref="FoldForComparison"/>.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises a whole page's text (line structure kept).</summary>
    public static string NormalizePage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    sb.Append('\n');
                    break;
                case '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\u2002' or '\u2003' or '\u2009':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2028' or '\u2029':
                    sb.Append('\n');
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        var s = sb.ToString();
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string CollapseSpaces(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A comparison key: lower case, quotes mapped to <c>"</c>, dashes to <c>-</c>, spaces
    /// collapsed, no space before <c>? ! . , : ;</c>.
    /// </summary>
    public static string FoldForComparison(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '“' or '”' or '‘' or '’' or '„' or '«' or '»' or '\'' or '‚' or '‟' => '"',
                '–' or '—' or '‑' or '‒' or '―' or '−' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space && c is not ('?' or '!' or '.' or ',' or ':' or ';'))
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
