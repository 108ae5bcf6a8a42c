using Liputan.Language.Quantities;

namespace Liputan.Tests.Language.Quantities;

public sealed class QuantityFinderTests
{
    [Theory]
    [InlineData("Sebanyak 60.000 orang hadir.", "60.000 orang", 60000, 60000, "orang", Approximation.Exact)]
    [InlineData("Dana itu mencapai 2,5 juta dolar.", "2,5 juta dolar", 2500000, 2500000, "USD", Approximation.Exact)]
    [InlineData("Harganya Rp 2.500 per butir.", "Rp 2.500", 2500, 2500, "IDR", Approximation.Exact)]
    [InlineData("Investasi US$ 3 miliar disiapkan.", "US$ 3 miliar", 3e9, 3e9, "USD", Approximation.Exact)]
    [InlineData("Anggaran Rp 1,2 triliun disetujui.", "Rp 1,2 triliun", 1.2e12, 1.2e12, "IDR", Approximation.Exact)]
    [InlineData("Rapat berlangsung dua jam.", "dua jam", 2, 2, "hour", Approximation.Exact)]
    [InlineData("Ada puluhan ribu warga mengungsi.", "puluhan ribu warga", 10000, 99000, "warga", Approximation.Vague)]
    [InlineData("Ratusan rumah terendam.", "Ratusan rumah", 100, 999, "rumah", Approximation.Vague)]
    [InlineData("Sekitar 60.000 hingga 90.000 tentara dikerahkan.", "Sekitar 60.000 hingga 90.000 tentara", 60000, 90000, "tentara", Approximation.About)]
    [InlineData("Acara digelar 9-10 kali.", "9-10 kali", 9, 10, "kali", Approximation.Exact)]
    [InlineData("Hampir 40 persen lahan rusak.", "Hampir 40 persen", 40, 40, "percent", Approximation.LessThan)]
    [InlineData("Lebih dari 100 negara hadir.", "Lebih dari 100 negara", 100, 100, "negara", Approximation.MoreThan)]
    [InlineData("Kenaikan hingga 15% diperkirakan.", "hingga 15%", 15, 15, "percent", Approximation.UpTo)]
    [InlineData("Panggilan itu berlangsung sekitar 50 menit.", "sekitar 50 menit", 50, 50, "minute", Approximation.About)]
    public void Should_parse_a_quantity(string text, string span, double min, double max, string unit, Approximation approx)
    {
        // Given a sentence with one quantity; When it is read
        var q = QuantityFinder.Find(text).ShouldHaveSingleItem();

        // Then its span, value range, unit and hedge are the expected ones
        q.Span.TextOf(text).ShouldBe(span);
        q.Min.ShouldBe(min, 1e-6);
        q.Max.ShouldBe(max, 1e-6);
        q.Unit.ShouldBe(unit);
        q.Approximation.ShouldBe(approx);
    }

    [Fact]
    public void Should_read_english_thousands_separators_in_english_text()
    {
        var q = QuantityFinder.Find("About 2,500 people attended.", "en").ShouldHaveSingleItem();
        q.Min.ShouldBe(2500);
        q.Unit.ShouldBe("orang");
        q.Approximation.ShouldBe(Approximation.About);
    }

    [Theory]
    [InlineData("Peristiwa itu terjadi pada 2014.")]
    [InlineData("Senin (13/4/2020) pagi.")]
    [InlineData("Dia satu-satunya saksi.")]
    public void Should_not_take_years_dates_or_bare_number_words(string text) =>
        QuantityFinder.Find(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Akan ada tiga pembicaraan penting bulan depan.", "tiga pembicaraan", 3, "pembicaraan")]
    [InlineData("Sebanyak 12 sekolah ditutup.", "12 sekolah", 12, "sekolah")]
    public void Should_take_a_counted_noun_outside_the_unit_list(string text, string span, double value, string unit)
    {
        var q = QuantityFinder.Find(text).ShouldHaveSingleItem();
        q.Span.TextOf(text).ShouldBe(span);
        q.Min.ShouldBe(value);
        q.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("Peristiwa itu terjadi pada tahun 2014 lalu.")]
    [InlineData("Pada 2014 menjadi tahun yang berat.")]
    public void Should_not_count_a_noun_after_a_year(string text) =>
        QuantityFinder.Find(text).ShouldBeEmpty();
}
