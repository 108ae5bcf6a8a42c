using Liputan.Language.Times;

namespace Liputan.Tests.Language;

public sealed class DateMentionFinderTests
{
    private static readonly DateOnly Ref = new(2025, 3, 18);

    [Theory]
    [InlineData("pada Senin (17/3/2025) malam", "2025-03-17", true)]
    [InlineData("sejak Minggu (16/3) malam", "2025-03-16", false)]
    [InlineData("pada Jumat (14 Maret) lalu", "2025-03-14", false)]
    [InlineData("mulai 15 April 2025", "2025-04-15", true)]
    [InlineData("pertemuan pada 10 Januari", "2025-01-10", false)]
    [InlineData("rapat pada 2 April", "2025-04-02", false)]
    public void Should_resolve_dates_against_the_reference(string text, string expected, bool yearGiven)
    {
        var m = DateMentionFinder.Find(text, Ref).ShouldHaveSingleItem();
        m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
        m.YearGiven.ShouldBe(yearGiven);
        text[m.Span.Start..m.Span.End].ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_let_the_weekday_fix_the_year_of_a_republished_page()
    {
        // Given a page dated 2024 that says "Kamis (30 Desember)": 30 Dec 2024 is a Monday, 2021 a Thursday
        var m = DateMentionFinder.Find("pada Kamis (30 Desember), namun", new DateOnly(2024, 11, 24)).ShouldHaveSingleItem();

        // Then the year is the nearest one in which the weekday fits
        m.Date.ShouldBe(new DateOnly(2021, 12, 30));
        m.WeekdayGiven.ShouldBeTrue();
    }

    [Fact]
    public void Should_not_resolve_a_yearless_date_without_reference() =>
        DateMentionFinder.Find("pada 10 Januari", null).ShouldBeEmpty();
}
