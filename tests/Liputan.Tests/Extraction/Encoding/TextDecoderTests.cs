using Liputan.Extraction.Encoding;

namespace Liputan.Tests.Extraction.Encoding;

public sealed class TextDecoderTests
{
    [Fact]
    public void Should_report_an_empty_input()
    {
        var r = TextDecoder.Decode([]);
        r.Success.ShouldBeFalse();
        r.FailureReason!.ShouldContain("empty");
    }

    [Fact]
    public void Should_refuse_binary_content()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        TextDecoder.Decode(png).FailureReason!.ShouldContain("binary");
    }

    [Fact]
    public void Should_decode_utf8_with_and_without_a_bom()
    {
        var text = "Kamis, 30 Desember — “kutipan”";
        TextDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(text)).Text.ShouldBe(text);
        TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]).Text.ShouldBe(text);
    }

    [Fact]
    public void Should_decode_utf16_by_its_bom()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(System.Text.Encoding.Unicode.GetBytes("Jenewa")).ToArray();
        TextDecoder.Decode(bytes).Text.ShouldBe("Jenewa");
    }

    [Fact]
    public void Should_fall_back_to_windows_1252_for_legacy_text_without_mojibake()
    {
        // Given "café à Genève" in Latin-1 bytes (not valid UTF-8)
        var bytes = System.Text.Encoding.Latin1.GetBytes("Le café à Genève est ouvert depuis 1995, dit-il.");

        // When decoding
        var r = TextDecoder.Decode(bytes);

        // Then the accents survive
        r.Text.ShouldBe("Le café à Genève est ouvert depuis 1995, dit-il.");
        r.EncodingName.ShouldBe("windows-1252");
    }

    [Fact]
    public void Should_refuse_invalid_utf8_that_is_no_single_byte_text_either()
    {
        var rnd = new Random(7);
        var bytes = new byte[4000];
        rnd.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(bytes[i] | 0x80); // all high bytes: invalid UTF-8, not plausible Latin text
            if (bytes[i] is 0x81 or 0x8D)
            {
                continue;
            }
        }

        var r = TextDecoder.Decode(bytes);
        r.Success.ShouldBeFalse();
        r.FailureReason!.ShouldContain("invalid UTF-8");
    }

    [Fact]
    public void Should_use_a_declared_charset()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("Genève");
        TextDecoder.Decode(bytes, "iso-8859-1").Text.ShouldBe("Genève");
    }
}
