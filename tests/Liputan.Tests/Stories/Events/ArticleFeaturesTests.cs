using Liputan.Stories.Events;

namespace Liputan.Tests.Stories.Events;

public sealed class ArticleFeaturesTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static ArticleFeatures F(string body, DateTimeOffset published) =>
        ArticleFeatures.Of(TestArticles.Make(body, "Judul", published, "https://x.id/" + Guid.NewGuid().ToString("N")));

    [Fact]
    public void Should_date_a_campaign_by_its_announcement_not_by_the_holiday_period_it_names()
    {
        // Given a report whose lead names a coming period (with its year) before the announcement day
        var a = F("Maskapai itu memberikan potongan harga hingga 30 persen untuk penerbangan selama libur sekolah, 20 Juni sampai 13 Juli 2025. Pemesanan dibuka mulai Senin (7/4/2025).", new DateTimeOffset(2025, 4, 7, 13, 40, 0, Wib));

        // When reading its features / Then the event date is the announcement day
        Assert.Equal(new DateOnly(2025, 4, 7), a.EventDate);
    }

    [Fact]
    public void Should_fall_back_to_the_page_date_when_every_dated_mention_lies_ahead()
    {
        // Given a report that dates only a coming period
        var a = F("Sebanyak 90.000 kursi berdiskon disiapkan untuk periode 20 Juni–13 Juli.", new DateTimeOffset(2025, 4, 8, 9, 15, 0, Wib));

        // When reading its features / Then the page date stands
        Assert.Equal(new DateOnly(2025, 4, 8), a.EventDate);
    }

    [Fact]
    public void Should_keep_a_past_dated_event_before_the_page_date()
    {
        // Given a republished page whose lead dates the event weeks before
        var a = F("Tanggul Kali Beringin jebol setelah hujan deras, Senin (13/1/2025), dan merendam 2.340 rumah.", new DateTimeOffset(2025, 2, 3, 8, 0, 0, Wib));

        // When reading its features / Then the event keeps its own date
        Assert.Equal(new DateOnly(2025, 1, 13), a.EventDate);
    }

    [Fact]
    public void Should_not_count_month_names_among_an_articles_names()
    {
        // Given a follow-up that recalls the month of its first event and names the coming month
        var a = F("Perbaikan tanggul Kali Sembung di Wonoasri yang jebol pada Januari lalu ditargetkan selesai pada Maret, kata Kepala Dinas Lestiani Wibawa, Selasa (21/1/2025).", new DateTimeOffset(2025, 1, 21, 10, 0, 0, Wib));

        // When reading its names / Then the places and people are names, the months are not
        Assert.Contains("@wonoasri", a.EntityCounts.Keys);
        Assert.Contains("@wibawa", a.EntityCounts.Keys);
        Assert.DoesNotContain("@januari", a.EntityCounts.Keys);
        Assert.DoesNotContain("@maret", a.EntityCounts.Keys);
    }

    [Fact]
    public void Should_keep_weekday_names_which_date_the_event_itself()
    {
        // Given a report that dates its event by its weekday
        var a = F("Banjir merendam 1.270 rumah di Wonoasri pada Senin (13/1/2025).", new DateTimeOffset(2025, 1, 13, 18, 0, 0, Wib));

        // When reading its names / Then the weekday stays among them
        Assert.Contains("@senin", a.EntityCounts.Keys);
    }
}
