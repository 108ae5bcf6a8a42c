using Liputan.Coverage;
using Liputan.Documents;

namespace Liputan.Tests.Coverage;

public sealed class TimelineAndMediaTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 18, 9, 0, 0, TimeSpan.FromHours(7));

    private static Article A(string outlet, string body, int n) => CoverageStories.Article(outlet, body, "Gempa di Kota Contoh", Day, n);

    private static StoryCoverage Build(params Article[] articles) => CoverageStories.Coverage(new DateOnly(2025, 3, 17), articles);

    [Fact]
    public void Should_keep_day_ranges_and_background_years_and_date_cited_reports_apart()
    {
        // Given reports that give a day range, an old year, and the date of a report they cite
        var c = Build(
            A("alpha", "Gempa mengguncang Kota Contoh, Senin (17/3/2025). Pertemuan evaluasi dijadwalkan pada 24-25 Maret.\n\nGempa serupa pernah terjadi pada tahun 1998 di wilayah itu.", 0),
            A("beta", "Dikutip dari Reuters, (16/3/2025), para ahli telah memperingatkan aktivitas sesar di selatan kota.\n\nGempa mengguncang Kota Contoh pada Senin (17/3/2025) pagi.", 1));

        // Then the range is one scheduled entry, the year is background, the cited report's date is a report
        var range = c.Timeline.Single(t => t.Value == "2025-03-24/2025-03-25");
        range.Kind.ShouldBe("scheduled");
        range.Granularity.ShouldBe("interval");
        c.Timeline.Single(t => t.Value == "1998").Kind.ShouldBe("background");
        c.Timeline.Single(t => t.Value == "2025-03-16").Kind.ShouldBe("report");
        var quake = c.Timeline.Single(t => t.Value == "2025-03-17");
        quake.Kind.ShouldBe("event");
        quake.Sources.Select(s => s.Outlet).ShouldBe(["alpha", "beta"]);
        quake.Expressions.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_list_the_media_each_outlet_cites_with_the_citing_sentence_and_not_the_outlet_itself()
    {
        // Given one outlet citing a news agency at the start of a sentence and naming itself
        var c = Build(
            A("alpha", "Dikutip dari Reuters, gempa berkekuatan 6,1 mengguncang Kota Contoh pada Senin pagi.\n\n\"Kami siaga,\" kata kepala BPBD kepada alpha.", 0),
            A("beta", "Gempa mengguncang Kota Contoh pada Senin pagi, menurut harian Kabar Contoh.\n\nWarga mengungsi ke lapangan.", 1));

        var alpha = c.Outlets.Single(o => o.Name == "alpha");
        var reuters = alpha.CitedMedia.ShouldHaveSingleItem();
        reuters.Name.ShouldBe("Reuters");
        reuters.Sources.ShouldHaveSingleItem().Text.ShouldStartWith("Dikutip dari Reuters");
        c.Outlets.Single(o => o.Name == "beta").CitedMedia.Select(m => m.Name).ShouldBe(["harian Kabar Contoh"]);
    }

    [Fact]
    public void Should_read_a_relative_date_inside_a_quote_against_the_day_it_was_spoken()
    {
        // Given a report published the day after the event, quoting words spoken on the event day
        var c = Build(
            A("alpha", "Gempa mengguncang Kota Contoh, Senin (17/3/2025) kemarin.\n\n\"Kami sudah mengirim tim ke lokasi hari ini,\" kata kepala BPBD Rina Hartati usai rapat darurat.", 2));

        // Then "hari ini" in the quote is the event day (17 March), not the publication day (18 March)
        var spoken = c.Timeline.Single(t => t.Expressions.Contains("hari ini"));
        spoken.Value.ShouldBe("2025-03-17");
    }
}
