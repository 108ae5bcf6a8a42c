using System.Text;

namespace Liputan.Extraction.Encoding;

/// <summary>
/// Turns bytes into text without mojibake: a BOM wins, then a declared charset, then strict
/// UTF-8, then a single-byte fallback (Windows-1252) for bytes that look like legacy text.
/// Bytes that are neither are reported as binary, never decoded into garbage.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> comes from HTTP or a meta tag.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.IsEmpty)
        {
            return new(null, null, "empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(bytes[3..], StrictUtf8, "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(false, false, true), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(true, false, true), "utf-16be");
        }

        if (LooksBinary(bytes))
        {
            return new(null, null, "binary content (control bytes), not a text page");
        }

        if (declaredCharset is not null && TryGetEncoding(declaredCharset) is { } declared && declared.CodePage != 65001)
        {
            return new(declared.GetString(bytes), declared.WebName, null);
        }

        var utf8 = Strict(bytes, StrictUtf8, "utf-8");
        if (utf8.Success)
        {
            return utf8;
        }

        if (LooksLikeSingleByteText(bytes))
        {
            var cp1252 = System.Text.Encoding.GetEncoding(1252);
            return new(cp1252.GetString(bytes), "windows-1252", null);
        }

        return new(null, null, "invalid UTF-8 and not a recognisable single-byte encoding");
    }

    /// <summary>The encoding for a charset label, or null when unknown.</summary>
    public static System.Text.Encoding? TryGetEncoding(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii")
        {
            // As browsers do (WHATWG Encoding): these labels mean windows-1252.
            name = "windows-1252";
        }

        try
        {
            return System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, System.Text.Encoding encoding, string name)
    {
        try
        {
            return new(encoding.GetString(bytes), name, null);
        }
        catch (DecoderFallbackException)
        {
            return new(null, null, $"invalid {name} byte sequence");
        }
    }

    // NUL or many C0 control bytes in the first 8 KB mean an image, archive or executable.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C)
            {
                control++;
            }
        }

        return control > sample.Length / 100 + 1;
    }

    // Legacy single-byte text: mostly ASCII, high bytes scattered (accented letters), and few of
    // them in the 0x80-0x9F range that Windows-1252 leaves unassigned.
    private static bool LooksLikeSingleByteText(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        var unassigned = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                high++;
                if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
                {
                    unassigned++;
                }
            }
        }

        return high * 10 < bytes.Length && unassigned == 0;
    }
}
