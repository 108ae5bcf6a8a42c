using System.Text.RegularExpressions;

namespace Liputan.Extraction.Html;

/// <summary>
/// Finds the charset a page declares, in the order a browser trusts it: the HTTP
/// <c>Content-Type</c> header, then <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type"&gt;</c> in the first 2 KB. A BOM is handled by
/// <see cref="Encoding.TextDecoder"/> before either.
/// </summary>
public static partial class HtmlCharset
{
    /// <summary>How many leading bytes are searched for a meta charset.</summary>
    public const int SniffBytes = 2048;

    /// <summary>The declared charset label, or null when the page declares none.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (contentType is not null && CharsetParam().Match(contentType) is { Success: true } h)
        {
            return h.Groups["cs"].Value;
        }

        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var m = MetaCharset().Match(head);
        if (m.Success)
        {
            return m.Groups["cs"].Value;
        }

        m = MetaHttpEquiv().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParam();

    [GeneratedRegex(@"<meta[^>]*?\scharset\s*=\s*[""']?(?<cs>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"<meta[^>]*?content\s*=\s*[""']?[^""'>]*?charset\s*=\s*(?<cs>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaHttpEquiv();
}
