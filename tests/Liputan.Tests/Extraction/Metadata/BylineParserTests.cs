using Liputan.Extraction.Metadata;

namespace Liputan.Tests.Extraction.Metadata;

public sealed class BylineParserTests
{
    [Theory]
    [InlineData("Penulis: Siti Aminah", "Siti Aminah", null)]
    [InlineData("Reporter: Andi Wijaya, Budi Santoso", "Andi Wijaya; Budi Santoso", null)]
    [InlineData("Oleh Rahmat Hidayat", "Rahmat Hidayat", null)]
    [InlineData("Editor : Fitri Lestari", "", "Fitri Lestari")]
    [InlineData("Penulis: Galuh Ratnasari | Editor: Maria Santoso", "Galuh Ratnasari", "Maria Santoso")]
    [InlineData("Penulis Kontributor Bandung, Yudistira Halim", "Yudistira Halim", null)]
    [InlineData("Laporan Wartawan Contoh.id, Dwi Putro", "Dwi Putro", null)]
    [InlineData("Von Lena Berg, dpa", "Lena Berg", null)]
    [InlineData("Von Jan Roth und Eva Kurz", "Jan Roth; Eva Kurz", null)]
    [InlineData("Von R. R. am 24. Juli 2019", "R. R.", null)]
    [InlineData("Written by: Ana Cruz", "Ana Cruz", null)]
    [InlineData("von Lena Berg", "Lena Berg", null)]
    [InlineData("Pewarta: Yusuf Halim", "Yusuf Halim", null)]
    [InlineData("Oleh Sari Wulandari Diterbitkan 01 Des 2024, 20:05 WIB", "Sari Wulandari", null)]
    public void Should_read_authors_and_editor(string line, string authors, string? editor)
    {
        var b = BylineParser.Parse(line)!;
        string.Join("; ", b.Authors).ShouldBe(authors);
        b.Editor.ShouldBe(editor);
    }

    [Fact]
    public void Should_read_the_outlet_of_a_name_dash_outlet_byline()
    {
        var b = BylineParser.Parse("John Andi - Contoh.com 08 Desember 2021 | 13:34 WIB")!;
        b.Authors.ShouldBe(["John Andi"]);
        b.OutletToken.ShouldBe("Contoh.com");
    }

    [Fact]
    public void Should_read_every_reporter_before_the_outlet()
    {
        var b = BylineParser.Parse("Andi Wijaya, Budi Santoso - Contoh.com")!;
        b.Authors.ShouldBe(["Andi Wijaya", "Budi Santoso"]);
        b.OutletToken.ShouldBe("Contoh.com");
    }

    [Theory]
    [InlineData("Penulis")]
    [InlineData("Editor:")]
    public void Should_recognise_a_bare_label(string line) => BylineParser.IsBareLabel(line).ShouldBeTrue();

    [Fact]
    public void Should_not_read_a_sentence_as_a_byline() =>
        BylineParser.Parse("Presiden mengatakan bahwa ekonomi tumbuh lima persen tahun ini.").ShouldBeNull();

    [Theory]
    [InlineData("Von Montag an gilt die neue Regel in allen Schulen.")]
    [InlineData("Von der Leyen sagte am Dienstag, die Kommission prüfe den Plan.")]
    public void Should_not_read_a_sentence_opening_with_von_as_a_byline(string line) =>
        BylineParser.Parse(line).ShouldBeNull();
}
