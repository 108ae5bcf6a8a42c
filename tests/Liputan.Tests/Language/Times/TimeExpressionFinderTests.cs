using Liputan.Language.Times;

namespace Liputan.Tests.Language.Times;

public sealed class TimeExpressionFinderTests
{
    // Wednesday 15 March 2023
    private static readonly DateOnly Ref = new(2023, 3, 15);

    [Theory]
    [InlineData("Banjir terjadi kemarin.", "kemarin", "2023-03-14")]
    [InlineData("Rapat digelar hari ini.", "hari ini", "2023-03-15")]
    [InlineData("Dia tiba Kamis lalu.", "Kamis lalu", "2023-03-09")]
    [InlineData("Sidang dimulai Senin depan.", "Senin depan", "2023-03-20")]
    [InlineData("Kejadian itu pekan lalu.", "pekan lalu", "2023-03-06/2023-03-12")]
    [InlineData("Dibahas pada awal pekan ini.", "awal pekan ini", "2023-03-13/2023-03-15")]
    [InlineData("Hujan turun sepanjang akhir pekan.", "akhir pekan", "2023-03-11/2023-03-12")]
    [InlineData("Harga naik bulan lalu.", "bulan lalu", "2023-02")]
    [InlineData("Pabrik dibangun pada tahun 2014.", "2014", "2014")]
    [InlineData("Gedung itu berdiri pada 1962.", "1962", "1962")]
    [InlineData("Pameran pada 9-10 Januari.", "9-10 Januari", "2023-01-09/2023-01-10")]
    [InlineData("Harga naik dua bulan terakhir.", "dua bulan terakhir", "2023-01-15/2023-03-15")]
    [InlineData("The ship sank last week.", "last week", "2023-03-06/2023-03-12")]
    public void Should_normalise_a_relative_expression(string text, string span, string value)
    {
        // Given a sentence and a publication date; When time expressions are found
        var e = TimeExpressionFinder.Find(text, Ref).ShouldHaveSingleItem();

        // Then the expression and its TIMEX-like value are the expected ones
        e.Span.TextOf(text).ShouldBe(span);
        e.Value.ShouldBe(value);
    }

    [Fact]
    public void Should_resolve_sehari_setelahnya_against_the_previous_date()
    {
        var text = "Pertemuan berlangsung pada 3 Maret. Sehari setelahnya, kesepakatan diumumkan.";
        var es = TimeExpressionFinder.Find(text, Ref);
        es.Count.ShouldBe(2);
        es[1].Span.TextOf(text).ShouldBe("Sehari setelahnya");
        es[1].Value.ShouldBe("2023-03-04");
    }

    [Fact]
    public void Should_not_count_kemarin_after_an_absolute_date_twice()
    {
        var text = "Pada Selasa (14/3) kemarin, warga berkumpul.";
        TimeExpressionFinder.Find(text, Ref).ShouldHaveSingleItem().Value.ShouldBe("2023-03-14");
    }

    [Fact]
    public void Should_use_the_latest_absolute_date_when_there_is_no_publication_date()
    {
        // Given no publication date but a dated sentence
        var text = "Pada 12 Maret 2023 banjir surut. Kemarin hujan turun lagi.";

        // When time expressions are found
        var es = TimeExpressionFinder.Find(text, null);

        // Then "kemarin" is relative to the date the text fixes
        es.Count.ShouldBe(2);
        es[1].Value.ShouldBe("2023-03-11");
    }

    [Fact]
    public void Should_read_a_republished_page_against_the_date_its_weekday_fixes()
    {
        // Given a page dated 2024 whose text says "Jumat (31 Desember)", a Friday only in 2021 near that date
        var text = "Kedua menteri berbicara pada Jumat (31 Desember). Pada akhir pekan, pasukan ditarik.";

        // When it is read against the page date
        var es = TimeExpressionFinder.Find(text, new DateOnly(2024, 11, 24));

        // Then the weekend is the one before 31 December 2021
        es.Single(e => e.Span.TextOf(text) == "akhir pekan").Value.ShouldBe("2021-12-25/2021-12-26");
    }

    [Fact]
    public void Should_read_hari_ini_inside_a_quote_against_the_day_of_the_reported_event()
    {
        // Given an article of Wednesday about Tuesday's meeting, quoting "hari ini" from that meeting
        var text = "Kedua menteri bertemu pada Selasa (7/12) kemarin.\n\n\"Kami sepakat hari ini,\" kata Budi usai pertemuan.\n\nRapat lanjutan digelar hari ini.";

        // When it is read against the publication date
        var es = TimeExpressionFinder.Find(text, new DateOnly(2021, 12, 8));

        // Then the quoted "hari ini" is the Tuesday, the narrator's is the Wednesday
        var today = es.Where(e => e.Span.TextOf(text) == "hari ini").ToList();
        today.Count.ShouldBe(2);
        today[0].Value.ShouldBe("2021-12-07");
        today[1].Value.ShouldBe("2021-12-08");
    }
}
