using Liputan.Documents;
using Liputan.Stories.Events;

namespace Liputan.Tests.Stories.Events;

public sealed class OnlineEventClustererTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static ArticleFeatures F(string body, string title, DateTimeOffset published, string language = "id") =>
        ArticleFeatures.Of(TestArticles.Make(body, title, published, "https://x.id/" + Guid.NewGuid().ToString("N")) with { Language = language });

    private static Dictionary<ArticleId, EventGroup> EventOf(Grouping g) =>
        g.Events.SelectMany(e => e.Articles.Select(a => (a, e))).ToDictionary(p => p.a, p => p.e);

    private static List<ArticleFeatures> FloodsAndQuake()
    {
        var jan13 = new DateTimeOffset(2025, 1, 13, 8, 0, 0, Wib);
        return
        [
            F("Tanggul Kali Beringin di Kelurahan Mangkang Wetan, Kota Semarang, jebol setelah hujan deras, Senin (13/1/2025). Sebanyak 2.340 rumah terendam. Kepala BPBD Semarang, Endro Prasetyo, mengatakan warga dievakuasi.", "Tanggul Kali Beringin Jebol, Ribuan Rumah di Semarang Terendam", jan13),
            F("Banjir akibat jebolnya tanggul Kali Beringin merendam 2.340 rumah di Mangkang Wetan, Semarang, Senin (13/1/2025). Endro Prasetyo dari BPBD meminta warga waspada.", "Banjir Semarang: 2.340 Rumah Terendam", jan13.AddHours(3)),
            F("Warga Mangkang Wetan, Semarang, mengungsi ke masjid setelah tanggul Kali Beringin jebol, Senin (13/1/2025). BPBD mencatat 1.150 pengungsi.", "Ribuan Warga Mangkang Mengungsi", jan13.AddHours(6)),
            // Hard negative: a flood of the same kind, in another city, in the same week.
            F("Sungai Deli dan Sungai Babura meluap dan merendam 3.100 rumah di Kecamatan Medan Maimun, Kota Medan, Rabu (15/1/2025). Kepala BPBD Medan, Fauzi Lubis, mengatakan 2.200 warga mengungsi.", "Sungai Deli Meluap, Ribuan Rumah di Medan Terendam", jan13.AddDays(2)),
            // Hard negative: the same city and the same official, two months later.
            F("Banjir rob dan hujan deras merendam 1.870 rumah di Kecamatan Genuk, Kota Semarang, Rabu (5/3/2025). Endro Prasetyo dari BPBD mengatakan pompa Kali Sringin rusak.", "Banjir Rob Rendam Genuk Semarang", new DateTimeOffset(2025, 3, 5, 9, 0, 0, Wib)),
            // Cross-lingual: an English report of the Semarang flood.
            F("A breached embankment on the Kali Beringin river flooded 2,340 houses in Mangkang Wetan, Semarang, on Monday (13/1/2025), said Endro Prasetyo of the BPBD disaster agency. Some 1,150 residents were evacuated.", "Semarang flood: 2,340 houses under water", jan13.AddHours(8), "en"),
        ];
    }

    [Fact]
    public void Should_keep_the_same_kind_of_event_in_another_place_or_on_another_date_apart()
    {
        // Given three reports of one flood and two floods elsewhere or later
        var items = FloodsAndQuake();

        // When clustering
        var eventOf = EventOf(new OnlineEventClusterer().Group(items));

        // Then the three reports share an event, and the Medan and March floods have their own
        eventOf[items[1].Id].ShouldBeSameAs(eventOf[items[0].Id]);
        eventOf[items[2].Id].ShouldBeSameAs(eventOf[items[0].Id]);
        eventOf[items[3].Id].ShouldNotBeSameAs(eventOf[items[0].Id]);
        eventOf[items[4].Id].ShouldNotBeSameAs(eventOf[items[0].Id]);
        eventOf[items[3].Id].ShouldNotBeSameAs(eventOf[items[4].Id]);
    }

    [Fact]
    public void Should_join_an_english_article_to_the_indonesian_event_when_names_numbers_and_dates_agree()
    {
        // Given Indonesian reports of a flood and an English report with the same names, numbers and date
        var items = FloodsAndQuake();

        // When clustering
        var eventOf = EventOf(new OnlineEventClusterer().Group(items));

        // Then the English report joins the Indonesian event
        eventOf[items[5].Id].ShouldBeSameAs(eventOf[items[0].Id]);
    }

    [Fact]
    public void Should_give_the_same_ids_whatever_the_input_order()
    {
        // Given the same articles in two orders
        var items = FloodsAndQuake();
        var shuffled = items.OrderBy(a => a.Id.Value % 7).ThenBy(a => a.Id.Value).ToList();

        // When clustering each
        static List<string> Key(Grouping g) => g.Events.Select(e => e.Id + "/" + e.StoryId + ":" + string.Join(",", e.Articles.Select(a => a.Value).Order())).Order(StringComparer.Ordinal).ToList();
        var a = Key(new OnlineEventClusterer().Group(items));
        var b = Key(new OnlineEventClusterer().Group(shuffled));

        // Then events, stories and their ids are the same
        b.ShouldBe(a);
    }

    [Fact]
    public void Should_put_a_copy_in_its_canonical_articles_event()
    {
        // Given a copy marked as a duplicate of an article about another subject
        var items = FloodsAndQuake();
        var canonicalOf = new Dictionary<ArticleId, ArticleId> { [items[3].Id] = items[0].Id };

        // When clustering
        var eventOf = EventOf(new OnlineEventClusterer().Group(items, canonicalOf));

        // Then the copy sits in its canonical's event, whatever its own text says
        eventOf[items[3].Id].ShouldBeSameAs(eventOf[items[0].Id]);
    }
}
