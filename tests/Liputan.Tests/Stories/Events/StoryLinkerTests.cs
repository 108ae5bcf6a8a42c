using Liputan.Documents;
using Liputan.Stories.Events;

namespace Liputan.Tests.Stories.Events;

public sealed class StoryLinkerTests
{
    private static readonly DateOnly Jan10 = new(2025, 1, 10);

    // Hand-made event vectors: body terms and names with their weights.
    private static StoryEvent E(DateOnly first, string body, string names) =>
        new(first, first.AddDays(1), Vector(body), Vector(names));

    // The tests of this class run one after another, so they can share one table of term ids.
    private static readonly TermTable Terms = new();

    private static Centroid Vector(string terms)
    {
        var pairs = terms.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split(':'))
            .Select(p => (Id: Terms.Id(p[0]), Weight: double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(p => p.Id).ToArray();
        var c = new Centroid();
        c.Add(new TermVector([.. pairs.Select(p => p.Id)], [.. pairs.Select(p => p.Weight)]));
        return c;
    }

    private const string LandslideBody = "longsor:1 timbun:0.8 rumah:0.5 korban:0.6 evakuasi:0.4 tebing:0.7";
    private const string RelocationBody = "relokasi:1 huntara:0.8 longsor:0.6 rumah:0.5 korban:0.4 lahan:0.5";

    [Fact]
    public void Should_link_a_follow_up_that_repeats_the_first_events_people_and_places()
    {
        // Given a landslide and, ten days later, the relocation of its victims naming the same village, regency and officials
        var events = new List<StoryEvent>
        {
            E(Jan10, LandslideBody, "@sidawangi:1 @pagentan:0.8 @banjarnegara:0.9 @wahyu:0.6 @nugroho:0.6 @basarnas:0.3"),
            E(Jan10.AddDays(10), RelocationBody, "@sidawangi:1 @karangsari:0.9 @banjarnegara:0.8 @wahyu:0.5 @nugroho:0.5 @slamet:0.4"),
        };

        // When linking
        var story = new StoryLinker(ClusteringOptions.Default, Terms).Link(events);

        // Then both are one story
        story[1].ShouldBe(story[0]);
    }

    [Fact]
    public void Should_keep_the_same_kind_of_event_elsewhere_apart_even_with_one_shared_official()
    {
        // Given two landslides in other regencies a week apart, quoted by the same national spokesperson
        var events = new List<StoryEvent>
        {
            E(Jan10, LandslideBody, "@sidawangi:1 @pagentan:0.8 @banjarnegara:0.9 @dedi:0.5 @kurniawan:0.5 @bnpb:0.4"),
            E(Jan10.AddDays(7), LandslideBody, "@sindangpakuwon:1 @cimanggung:0.8 @sumedang:0.9 @dedi:0.5 @kurniawan:0.5 @bnpb:0.4"),
        };

        // When linking
        var story = new StoryLinker(ClusteringOptions.Default, Terms).Link(events);

        // Then they are two stories (three shared names, but the names-and-numbers cosine stays low)
        story[1].ShouldNotBe(story[0]);
    }

    [Fact]
    public void Should_not_link_events_further_apart_than_the_story_window()
    {
        // Given the same follow-up, but long after the window
        var options = ClusteringOptions.Default;
        var names = "@sidawangi:1 @pagentan:0.8 @banjarnegara:0.9 @wahyu:0.6 @nugroho:0.6";
        var events = new List<StoryEvent>
        {
            E(Jan10, LandslideBody, names),
            E(Jan10.AddDays(options.StoryDayWindow + 5), RelocationBody, names),
        };

        // When linking
        var story = new StoryLinker(options, Terms).Link(events);

        // Then they are two stories
        story[1].ShouldNotBe(story[0]);
    }

    [Fact]
    public void Should_require_enough_shared_salient_names()
    {
        // Given two events with the same topic and one strongly shared name only
        var events = new List<StoryEvent>
        {
            E(Jan10, LandslideBody, "@banjarnegara:3 @a:0.1 @b:0.1 @c:0.1"),
            E(Jan10.AddDays(3), LandslideBody, "@banjarnegara:3 @x:0.1 @y:0.1 @z:0.1"),
        };

        // When linking with and without the shared-names requirement
        var strict = new StoryLinker(ClusteringOptions.Default, Terms).Link(events);
        var loose = new StoryLinker(ClusteringOptions.Default with { StoryMinSharedNames = 0 }, Terms).Link(events);

        // Then only the requirement keeps them apart
        strict[1].ShouldNotBe(strict[0]);
        loose[1].ShouldBe(loose[0]);
    }

    private const string MatchBody = "laga:1 gol:0.8 menit:0.5 pelatih:0.5 klasemen:0.4 penonton:0.3";

    [Fact]
    public void Should_not_count_a_recurring_actors_names_as_shared_when_a_background_limit_is_set()
    {
        // Given one club's three matches a week apart: the club, its coach and its stadium in every one, the opponents differ
        var events = new List<StoryEvent>
        {
            E(Jan10, MatchBody, "@rajawali:1 @samudra:1 @latuheru:0.8 @mandala:0.6 @bintang:0.9 @timur:0.9"),
            E(Jan10.AddDays(7), MatchBody, "@rajawali:1 @samudra:1 @latuheru:0.8 @mandala:0.6 @persada:0.9 @kendari:0.9"),
            E(Jan10.AddDays(14), MatchBody, "@rajawali:1 @samudra:1 @latuheru:0.8 @mandala:0.6 @lautan:0.9 @biru:0.9"),
        };

        // When linking with every name counted, and with names of more than two events as background
        var all = new StoryLinker(ClusteringOptions.Default, Terms).Link(events);
        var foreground = new StoryLinker(ClusteringOptions.Default with { StoryBackgroundEvents = 2 }, Terms).Link(events);

        // Then the club's four names link the matches, but without them each match is its own story
        all[1].ShouldBe(all[0]);
        foreground.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Should_still_link_a_follow_up_through_its_own_names_when_a_background_limit_is_set()
    {
        // Given a match with a riot, its sanction six days later naming the opponent, the police chief and the fine, and the club's next match
        var events = new List<StoryEvent>
        {
            E(Jan10, MatchBody, "@rajawali:1 @samudra:1 @persada:0.9 @kendari:0.9 @sahetapy:0.7 @daniel:0.7 @suar:0.5"),
            E(Jan10.AddDays(6), "sanksi:1 denda:0.8 laga:0.6 suporter:0.6 penonton:0.4 gol:0.2", "@rajawali:1 @samudra:1 @persada:0.9 @kendari:0.9 @sahetapy:0.7 @daniel:0.7 @disiplin:0.6"),
            E(Jan10.AddDays(7), MatchBody, "@rajawali:1 @samudra:1 @lautan:0.9 @biru:0.9 @makassar:0.6"),
        };

        // When linking with names of more than two events as background
        var story = new StoryLinker(ClusteringOptions.Default with { StoryBackgroundEvents = 2 }, Terms).Link(events);

        // Then the sanction joins the riot's story and the next match does not
        story[1].ShouldBe(story[0]);
        story[2].ShouldNotBe(story[0]);
    }

    [Fact]
    public void Should_accept_events_without_dates_or_names()
    {
        // Given an undated event with no names next to a dated one
        var events = new List<StoryEvent>
        {
            new(null, null, Vector(LandslideBody), new Centroid()),
            E(Jan10, LandslideBody, "@banjarnegara:1"),
        };

        // When linking
        var story = new StoryLinker(ClusteringOptions.Default, Terms).Link(events);

        // Then each gets a story and nothing throws
        story.Length.ShouldBe(2);
        story[1].ShouldNotBe(story[0]);
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
