using Liputan.Extraction.Metadata;

namespace Liputan.Tests.Extraction.Metadata;

public sealed class DateStampParserTests
{
    [Theory]
    [InlineData("Kamis, 30 Desember 2021 16:49 WIB", "2021-12-30T16:49:00+07:00")]
    [InlineData("John Doe - Contoh.com 08 Desember 2021  |  13:34 WIB", "2021-12-08T13:34:00+07:00")]
    [InlineData("Des 31, 2021 16:49 Asia/Jakarta", "2021-12-31T16:49:00+07:00")]
    [InlineData("(last modified 2025-11-30T09:45:39+00:00 )", "2025-11-30T09:45:39+00:00")]
    [InlineData("17/03/2025, 14:05 WIB", "2025-03-17T14:05:00+07:00")]
    [InlineData("20/03/2025 16:30 WITA", "2025-03-20T16:30:00+08:00")]
    [InlineData("Senin, 3 Feb 2025 - 08.15 WIT", "2025-02-03T08:15:00+09:00")]
    [InlineData("November 24, 2024", "2024-11-24")]
    [InlineData("Published: March 5, 2024 at 3:07 PM", "2024-03-05T15:07:00")]
    [InlineData("2021-12-08", "2021-12-08")]
    [InlineData("Selasa, 11 Mar 2025 18:47 WIB", "2025-03-11T18:47:00+07:00")]
    public void Should_read_indonesian_and_english_stamps(string text, string expected)
    {
        DateStampParser.Parse(text)!.ToIso().ShouldBe(expected);
    }

    [Theory]
    [InlineData("06/13/2019", "2019-06-13")]
    [InlineData("Updated 12/25/2020 10:30 AM", "2020-12-25T10:30:00")]
    [InlineData("01/10/2017", "2017-10-01")]
    public void Should_read_a_slashed_date_month_first_only_when_no_day_first_reading_exists(string text, string expected)
    {
        DateStampParser.Parse(text)!.ToIso().ShouldBe(expected);
    }

    [Fact]
    public void Should_not_read_a_dotted_date_month_first() =>
        DateStampParser.Parse("06.13.2019").ShouldBeNull();

    [Theory]
    [InlineData("no date here")]
    [InlineData("31 Februari 2021")]
    [InlineData("Tahun 1990 ketika itu")]
    [InlineData("12 Januari 1980")]
    public void Should_give_null_when_there_is_no_valid_date(string text)
    {
        DateStampParser.Parse(text).ShouldBeNull();
    }

    [Fact]
    public void Should_mark_a_time_without_zone_as_such()
    {
        var d = DateStampParser.Parse("5 Maret 2025 10:00")!;
        d.HasTime.ShouldBeTrue();
        d.HasOffset.ShouldBeFalse();
        d.Value.Offset.ShouldBe(TimeSpan.FromHours(7));
    }
}

public sealed class InferredDateTests
{
    [Fact]
    public void Should_infer_the_day_after_a_date_called_yesterday_and_mark_it()
    {
        var d = InferredDate.FromText("Rapat itu digelar Senin (17/3/2025) kemarin di balai kota.")!;
        d.ToIso().ShouldBe("2025-03-18");
        d.Inferred.ShouldBeTrue();
    }

    [Fact]
    public void Should_infer_nothing_without_such_a_phrase() =>
        InferredDate.FromText("Rapat itu digelar Senin (17/3/2025) di balai kota.").ShouldBeNull();
}
