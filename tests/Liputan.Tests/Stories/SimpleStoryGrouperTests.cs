using Liputan.Stories.Events;

namespace Liputan.Tests.Stories;

public sealed class SimpleStoryGrouperTests
{
    private static ArticleFeatures F(string body, string title, DateTimeOffset published) =>
        ArticleFeatures.Of(TestArticles.Make(body, title, published));

    private static readonly DateTimeOffset March17 = new(2025, 3, 17, 10, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Should_put_reports_of_one_happening_in_one_event_and_keep_other_dates_apart()
    {
        // Given three reports of a flood on one day, and a report of the same river flooding a month later
        var a = F("Banjir merendam Kelurahan Rancabolang, Gedebage, Bandung, Senin (17/3/2025). Sungai Cinambo meluap dan ratusan warga mengungsi ke masjid.", "Banjir Rendam Gedebage", March17);
        var b = F("Sungai Cinambo meluap pada Senin (17/3/2025) dan banjir merendam ratusan rumah di Gedebage, Bandung. Warga mengungsi ke masjid dan sekolah.", "Sungai Cinambo Meluap", March17);
        var c = F("BPBD Bandung mencatat warga Gedebage mengungsi setelah banjir akibat luapan Sungai Cinambo, Senin (17/3/2025).", "Warga Gedebage Mengungsi", March17);
        var d = F("Banjir kembali merendam Gedebage, Bandung, Kamis (17/4/2025). Sungai Cinambo meluap lagi dan warga mengungsi ke masjid.", "Banjir Kembali Rendam Gedebage", March17.AddDays(31));
        var other = F("Harga cabai rawit di pasar tradisional Palembang turun menjadi Rp 40.000 per kilogram menjelang Imlek, kata pedagang.", "Harga Cabai Turun", March17);

        // When grouping
        var g = new SimpleStoryGrouper().Group([a, b, c, d, other]);

        // Then the three same-day reports share an event; the April flood is another event of the same story
        var eventOf = g.Events.SelectMany(e => e.Articles.Select(x => (x, e))).ToDictionary(p => p.x, p => p.e);
        eventOf[a.Id].ShouldBeSameAs(eventOf[b.Id]);
        eventOf[a.Id].ShouldBeSameAs(eventOf[c.Id]);
        eventOf[d.Id].ShouldNotBeSameAs(eventOf[a.Id]);
        eventOf[d.Id].StoryId.ShouldBe(eventOf[a.Id].StoryId);
        eventOf[other.Id].StoryId.ShouldNotBe(eventOf[a.Id].StoryId);
        eventOf[a.Id].Date.ShouldBe(new DateOnly(2025, 3, 17));
    }

    [Fact]
    public void Should_be_deterministic_whatever_the_input_order()
    {
        var items = Enumerable.Range(0, 12).Select(i => F($"Pertandingan final liga ke-{i % 3} berakhir {i}-1 di stadion kota, Sabtu (22/3/2025).", $"Final Liga {i % 3}", March17)).ToList();
        var g1 = new SimpleStoryGrouper().Group(items);
        var g2 = new SimpleStoryGrouper().Group(items.AsEnumerable().Reverse().ToList());
        g1.Events.Select(e => e.Id + string.Join(",", e.Articles)).Order(StringComparer.Ordinal)
            .ShouldBe(g2.Events.Select(e => e.Id + string.Join(",", e.Articles)).Order(StringComparer.Ordinal));
    }
}
