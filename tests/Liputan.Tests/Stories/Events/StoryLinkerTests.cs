using Liputan.Documents;
using Liputan.Stories.Events;

namespace Liputan.Tests.Stories.Events;

public sealed class StoryLinkerTests
{
    private static readonly ClusteringOptions O = ClusteringOptions.Default;

    [Fact]
    public void Should_score_a_follow_up_that_shares_names_and_topic()
    {
        // Given the overlaps of a typical follow-up: names cosine 0.55, body cosine 0.38, five salient names shared
        // When scoring
        var score = StoryLinkRule.Score(O, bodyCosine: 0.38, entityCosine: 0.55, sharedNames: 5);

        // Then it links, with the weighted similarity
        score.ShouldNotBeNull();
        score.Value.ShouldBe(((1 - O.StoryEntityWeight) * 0.38) + (O.StoryEntityWeight * 0.55), 1e-12);
    }

    [Fact]
    public void Should_refuse_the_same_topic_with_only_an_official_in_common()
    {
        // Given the same kind of event elsewhere: the same vocabulary (body cosine 0.9) but a names cosine of 0.2
        // When scoring
        var score = StoryLinkRule.Score(O, bodyCosine: 0.9, entityCosine: 0.2, sharedNames: 3);

        // Then it does not link, though the weighted similarity alone (0.48) would pass the story threshold
        score.ShouldBeNull();
        (((1 - O.StoryEntityWeight) * 0.9) + (O.StoryEntityWeight * 0.2)).ShouldBeGreaterThan(O.StoryThreshold);
    }

    [Fact]
    public void Should_require_enough_shared_salient_names()
    {
        // Given strong cosines but a single shared salient name (one heavy place name)
        // When scoring with and without the requirement
        var strict = StoryLinkRule.Score(O, bodyCosine: 0.6, entityCosine: 0.9, sharedNames: 1);
        var loose = StoryLinkRule.Score(O with { StoryMinSharedNames = 0 }, bodyCosine: 0.6, entityCosine: 0.9, sharedNames: 1);

        // Then only the requirement refuses it
        strict.ShouldBeNull();
        loose.ShouldNotBeNull();
    }

    [Fact]
    public void Should_require_topic_overlap()
    {
        // Given the same names but no shared topic (the same people in an unrelated event)
        // When scoring
        var score = StoryLinkRule.Score(O, bodyCosine: 0.05, entityCosine: 0.8, sharedNames: 6);

        // Then it does not link
        score.ShouldBeNull();
    }

    [Fact]
    public void Should_count_shared_names_and_reject_missing_input()
    {
        // Given two salient-name lists
        // When counting the shared ones
        var shared = StoryLinkRule.Shared(["@semarang", "@endro", "@tugu"], ["@endro", "@genuk", "@semarang"]);

        // Then two are shared, and a missing list is a clear error
        shared.ShouldBe(2);
        Should.Throw<ArgumentNullException>(() => StoryLinkRule.Shared(null!, new[] { "@a" }));
        Should.Throw<ArgumentNullException>(() => StoryLinkRule.Score(null!, 1, 1, 10));
    }

    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static ArticleFeatures A(string body, string title, DateTimeOffset published) =>
        ArticleFeatures.Of(TestArticles.Make(body, title, published, "https://x.id/" + Guid.NewGuid().ToString("N")));

    [Fact]
    public void Should_link_a_follow_up_event_into_the_story_but_not_a_later_flood_with_the_same_official()
    {
        // Given two reports of a flood, two of its repair a week later, and two of another flood in another district seven weeks later, quoted by the same official
        var jan13 = new DateTimeOffset(2025, 1, 13, 8, 0, 0, Wib);
        var items = new List<ArticleFeatures>
        {
            A("Tanggul Kali Beringin di Kelurahan Mangkang Wetan, Kecamatan Tugu, Semarang, jebol, Senin (13/1/2025). Sebanyak 2.340 rumah terendam dan 1.150 warga mengungsi. Kepala BPBD Semarang, Endro Prasetyo, mengatakan evakuasi berlangsung sejak dini hari.", "Tanggul Kali Beringin Jebol, 2.340 Rumah di Mangkang Terendam", jan13),
            A("Banjir akibat jebolnya tanggul Kali Beringin merendam 2.340 rumah di Mangkang Wetan dan Mangkang Kulon, Tugu, Semarang, Senin (13/1/2025). Endro Prasetyo dari BPBD mencatat 1.150 pengungsi.", "Ribuan Warga Mangkang Mengungsi", jan13.AddHours(5)),
            A("Dinas Pekerjaan Umum Semarang mulai memperbaiki permanen tanggul Kali Beringin di Mangkang Wetan, Tugu, Senin (20/1/2025), sepekan setelah tanggul jebol merendam 2.340 rumah. Kepala dinas, Rini Kusumawardani, menyebut biaya Rp4,7 miliar. Endro Prasetyo dari BPBD menyalurkan bantuan bagi 1.150 pengungsi.", "Tanggul Kali Beringin Mangkang Diperbaiki Permanen", jan13.AddDays(7)),
            A("Perbaikan tanggul Kali Beringin di Mangkang Wetan, Tugu, Semarang, dimulai Senin (20/1/2025) dengan turap baja senilai Rp4,7 miliar. Rini Kusumawardani mengatakan pekerjaan selesai Maret. Banjir pekan lalu merendam 2.340 rumah di Mangkang.", "Perbaikan Tanggul Mangkang Rp4,7 Miliar Dimulai", jan13.AddDays(7).AddHours(4)),
            A("Hujan deras dan rob merendam 1.870 rumah di Kecamatan Genuk dan Pedurungan, Semarang, Rabu (5/3/2025). Pompa Kali Sringin di Terboyo mati. Kepala BPBD Semarang, Endro Prasetyo, mengatakan Jalan Kaligawe tergenang.", "Banjir Rob Rendam Genuk dan Kaligawe", jan13.AddDays(51)),
            A("Jalan Kaligawe di Genuk, Semarang, lumpuh akibat banjir rob, Rabu (5/3/2025). Sebanyak 1.870 rumah di Genuk dan Pedurungan terendam karena pompa Kali Sringin rusak, kata Endro Prasetyo dari BPBD.", "Kaligawe Lumpuh, Pompa Kali Sringin Rusak", jan13.AddDays(51).AddHours(3)),
        };

        // When clustering
        var g = new OnlineEventClusterer().Group(items);
        var eventOf = g.Events.SelectMany(e => e.Articles.Select(a => (a, e))).ToDictionary(p => p.a, p => p.e);

        // Then the repair is its own event in the flood's story, and the March flood is another story
        eventOf[items[2].Id].Id.ShouldNotBe(eventOf[items[0].Id].Id);
        eventOf[items[2].Id].StoryId.ShouldBe(eventOf[items[0].Id].StoryId);
        eventOf[items[4].Id].StoryId.ShouldNotBe(eventOf[items[0].Id].StoryId);
    }
}
