using Liputan.Documents;
using Liputan.Stories.Events;

namespace Liputan.Tests.Stories.Events;

public sealed class OnlineEventClustererTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly string[] Syllables = ["ba", "ku", "mi", "so", "te", "ra", "li", "nu", "pa", "de", "go", "ji", "wa", "hu", "ye", "ko", "ma", "si", "tu", "re", "lo", "na", "pi", "du", "ge", "jo", "wi", "ha", "yu"];

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

    // One report a day, three days running, for each of a month's events, each with its own names and numbers.
    private static List<ArticleFeatures> AMonthOfEvents()
    {
        var items = new List<ArticleFeatures>();
        var start = new DateTimeOffset(2025, 2, 1, 8, 0, 0, Wib);
        for (var day = 0; day < 30; day++)
        {
            for (var k = 0; k < 3; k++)
            {
                var when = start.AddDays(day);
                string Word(int a, int b) => Syllables[a % Syllables.Length] + Syllables[b % Syllables.Length] + Syllables[(a + b) % Syllables.Length];
                var name = "Ka" + Word(day, (k * 13) + 1) + " Su" + Word((day * 7) + k, day + (k * 5));
                var number = ((day * 1000) + (k * 137) + 1234).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var topic = string.Join(' ', Enumerable.Range(0, 6).Select(w => Syllables[((day * 3) + k + (w * 7)) % Syllables.Length] + Syllables[((day * 5) + (k * 11) + w) % Syllables.Length] + "an"));
                items.Add(F($"Warga {name} membahas {topic} pada {when:dd/MM/yyyy}. Petugas {name} mencatat {number} laporan tentang {topic}.", $"{number} Laporan {name}", when));
            }
        }

        return items;
    }

    [Fact]
    public void Should_hand_out_aged_out_events_and_keep_only_the_live_window_in_memory()
    {
        // Given a month of events, streamed once with a sink for aged-out events and once without
        var items = AMonthOfEvents();
        var handedOut = new List<EventGroup>();
        var bounded = new OnlineEventClusterer(null, handedOut.Add);
        var unbounded = new OnlineEventClusterer();

        // When every article is added in publication order
        var most = 0;
        foreach (var a in items)
        {
            bounded.Add(a);
            unbounded.Add(a);
            most = Math.Max(most, bounded.LiveCount);
        }

        // Then the aged-out events left memory, no more events stayed live than the window holds,
        // and together with the live ones they are exactly the events of the unbounded run
        unbounded.Result().Events.Count.ShouldBeGreaterThan(20);
        handedOut.ShouldNotBeEmpty();
        most.ShouldBeLessThanOrEqualTo(3 * (ClusteringOptions.Default.AgeOutDays + OnlineEventClusterer.LateDays + 1));
        static IEnumerable<string> Members(IEnumerable<EventGroup> events) => events.Select(e => string.Join(",", e.Articles.Select(a => a.Value).Order())).Order(StringComparer.Ordinal);
        Members(handedOut.Concat(bounded.Result().Events)).ShouldBe(Members(unbounded.Result().Events));
    }

    [Fact]
    public void Should_go_on_from_its_changes_as_if_it_had_never_stopped()
    {
        // Given a month of events, streamed without a stop, and streamed with a stop and a resume every 10 articles
        var items = AMonthOfEvents();
        var straight = OnlineEventClusterer.Resume(new OnlineState());
        foreach (var a in items)
        {
            straight.Add(a);
        }

        var stored = new Dictionary<int, StoredCluster>();
        var terms = new Dictionary<int, StoredTerm>();
        var postings = new Dictionary<int, StoredPosting>();
        OnlineState? last = null;
        foreach (var chunk in items.Chunk(10))
        {
            var c = OnlineEventClusterer.Resume(last is null ? new OnlineState() : new OnlineState
            {
                Documents = last.Documents,
                NewestDay = last.NewestDay,
                SweptDay = last.SweptDay,
                EventCount = last.EventCount,
                Terms = [.. terms.Values],
                Clusters = [.. stored.Values.Where(x => !x.Frozen && x.MergedInto < 0)],
                Postings = [.. postings.Values.Where(p => p.Clusters.Count > 0)],
            });
            foreach (var a in chunk)
            {
                c.Add(a);
            }

            // When each stop keeps only what the clusterer handed out
            last = c.TakeChanges();
            foreach (var x in last.Clusters)
            {
                stored[x.Seq] = x;
            }

            foreach (var t in last.Terms)
            {
                terms[t.Id] = t;
            }

            foreach (var p in last.Postings)
            {
                postings[p.Term] = p;
            }
        }

        // Then the events are the same as without a stop
        static IEnumerable<string> Members(IEnumerable<IReadOnlyList<ArticleId>> events) => events.Select(e => string.Join(",", e.Select(a => a.Value).Order())).Order(StringComparer.Ordinal);
        var resumed = stored.Values.Where(x => x.MergedInto < 0 && x.Articles.Count > 0).Select(x => x.Articles).ToList();
        resumed.Count.ShouldBeGreaterThan(20);
        Members(resumed).ShouldBe(Members(straight.Result().Events.Select(e => e.Articles)));
    }
}
