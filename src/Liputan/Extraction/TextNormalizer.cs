using System.Buffers;
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
        var s = Build(text, static (source, dest) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                switch (c)
                {
                    case '\r':
                        break;
                    case '\n':
                        dest[n++] = '\n';
                        break;
                    case '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\u2002' or '\u2003' or '\u2009':
                        dest[n++] = ' ';
                        break;
                    case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                        break;
                    case '\u2028' or '\u2029':
                        dest[n++] = '\n';
                        break;
                    default:
                        if (!char.IsControl(c))
                        {
                            dest[n++] = c;
                        }

                        break;
                }
            }

            return n;
        });
        return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string CollapseSpaces(ReadOnlySpan<char> text) => Build(text, static (source, dest) =>
    {
        var n = 0;
        var space = false;
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                dest[n++] = ' ';
                space = false;
            }

            dest[n++] = c;
        }

        return n;
    });

    /// <summary>
    /// A comparison key: lower case, quotes mapped to <c>"</c>, dashes to <c>-</c>, spaces
    /// collapsed, no space before <c>? ! . , : ;</c>.
    /// </summary>
    public static string FoldForComparison(ReadOnlySpan<char> text) => Build(text, Fold);

    /// <summary>The UTF-8 bytes of <see cref="FoldForComparison"/>, hashed without building the folded string.</summary>
    internal static ulong FoldedHash(ReadOnlySpan<char> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, System.Text.Encoding.UTF8.GetMaxByteCount(text.Length)));
        try
        {
            var n = Fold(text, chars);
            var b = System.Text.Encoding.UTF8.GetBytes(chars.AsSpan(0, n), bytes);
            return Documents.XxHash64.Hash(bytes.AsSpan(0, b));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int Fold(ReadOnlySpan<char> source, Span<char> dest)
    {
        var n = 0;
        var space = false;
        foreach (var raw in source)
        {
            var c = raw switch
            {
                '“' or '”' or '‘' or '’' or '„' or '«' or '»' or '\'' or '‚' or '‟' => '"',
                '–' or '—' or '‑' or '‒' or '―' or '−' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space && c is not ('?' or '!' or '.' or ',' or ':' or ';'))
            {
                dest[n++] = ' ';
            }

            space = false;
            dest[n++] = c;
        }

        return n;
    }

    // Both folds write at most one character per input character: into a stack or pooled buffer,
    // so the result string is the only allocation (these run on every line of every page).
    private delegate int Folder(ReadOnlySpan<char> source, Span<char> dest);

    private static string Build(ReadOnlySpan<char> text, Folder fold)
    {
        if (text.Length <= 256)
        {
            Span<char> buffer = stackalloc char[text.Length];
            return new string(buffer[..fold(text, buffer)]);
        }

        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return new string(rented, 0, fold(text, rented));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
