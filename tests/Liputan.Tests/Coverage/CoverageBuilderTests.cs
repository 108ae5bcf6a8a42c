using Liputan.Coverage;
using Liputan.Coverage.Rendering;
using Liputan.Documents;
using Liputan.Stories.Events;

namespace Liputan.Tests.Coverage;

public sealed class CoverageBuilderTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 17, 9, 0, 0, TimeSpan.FromHours(7));

    private static Article A(string outlet, string body, int hours = 0) =>
        TestArticles.Make(body, "Banjir di Kota Contoh", Day.AddHours(hours), $"https://{outlet}.id/{hours}") with { Outlet = new Outlet(outlet, outlet + ".id", "url") };

    private static readonly Article[] Articles =
    [
        A("alpha", "Banjir merendam 2.100 rumah di Kecamatan Sukamaju, Kota Contoh, Senin (17/3/2025). Sebanyak 860 warga mengungsi ke masjid dan sekolah terdekat.\n\nKepala BPBD Kota Contoh Rina Hartati mengatakan hujan turun tujuh jam tanpa jeda sejak Minggu malam.\n\nPemerintah kota menyiapkan dapur umum di tiga lokasi pengungsian."),
        A("beta", "Sebanyak 860 warga Sukamaju mengungsi ke masjid dan sekolah setelah banjir merendam rumah mereka, Senin (17/3/2025).\n\nBanjir merendam 2.100 rumah di Kecamatan Sukamaju, Kota Contoh, Senin (17/3/2025), menurut data BPBD.\n\nWali Kota Contoh Budi Santoso meninjau posko pengungsian pada sore hari.", 2),
        A("gamma", "Hujan deras selama tujuh jam membuat banjir merendam 2.100 rumah di Kecamatan Sukamaju, Kota Contoh, Senin (17/3/2025).\n\nWarga meminta normalisasi sungai yang dijanjikan sejak tahun lalu segera dikerjakan.\n\nPerbaikan tanggul dijadwalkan mulai Senin (24/3/2025), kata pejabat dinas pekerjaan umum.", 5),
    ];

    private static StoryCoverage Build()
    {
        var events = new[] { new EventGroup("e1", "s1", Articles.Select(a => a.Id).ToList(), new DateOnly(2025, 3, 17), []) };
        var view = StoryViewBuilder.Build(new StoryGroup("s1", ["e1"], []), events, id => Articles.First(a => a.Id == id));
        return new CoverageBuilder().Build(view, Articles);
    }

    [Fact]
    public void Should_cite_every_article_that_supports_a_summary_sentence()
    {
        // Given three outlets reporting the same flood
        // When building the coverage
        var c = Build();

        // Then a sentence all three carry cites all three, and every citation's text is its span
        c.Summary.Count.ShouldBeGreaterThanOrEqualTo(3);
        c.Summary.ShouldContain(s => s.Support.Count == 3);
        foreach (var s in c.Summary)
        {
            s.Support.ShouldContain(x => x.ArticleId == s.Source.ArticleId);
            foreach (var cite in s.Support)
            {
                var article = Articles.Single(a => a.Id.ToString() == cite.ArticleId);
                article.Body[cite.Start..cite.End].ShouldBe(cite.Text);
            }
        }
    }

    [Fact]
    public void Should_not_repeat_one_fact_in_the_summary()
    {
        var c = Build();
        c.Summary.Count(s => s.Text.Contains("2.100 rumah", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Should_date_the_timeline_and_tell_events_from_scheduled_ones()
    {
        var c = Build();
        var flood = c.Timeline.Single(t => t.Date == "2025-03-17");
        flood.Kind.ShouldBe("event");
        flood.Sources.Select(s => s.ArticleId).Distinct().Count().ShouldBe(3);
        c.Timeline.Single(t => t.Date == "2025-03-24").Kind.ShouldBe("scheduled");
    }

    [Fact]
    public void Should_list_outlets_and_what_only_one_of_them_reports()
    {
        var c = Build();
        c.Outlets.Select(o => o.Name).ShouldBe(["alpha", "beta", "gamma"]);
        c.OnlyOneOutlet.ShouldContain(x => x.Outlet == "beta" && x.Source.Text.Contains("Budi Santoso", StringComparison.Ordinal));
        c.OnlyOneOutlet.ShouldNotContain(x => x.Source.Text.Contains("860 warga", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_render_markdown_json_and_html_from_the_same_view()
    {
        var c = Build();
        CoverageMarkdown.Render(c).ShouldContain("## Summary");
        CoverageJson.Render(c).ShouldContain("\"summary\"");
        var html = CoverageHtml.Render(c);
        html.ShouldStartWith("<!doctype html>");
        html.ShouldNotContain("<script");
    }

    [Fact]
    public void Should_escape_html_in_article_text()
    {
        var evil = A("delta", "Warga menulis <script>alert(1)</script> di papan pengumuman kelurahan Sukamaju pada Senin pagi itu.");
        var view = StoryViewBuilder.Build(new StoryGroup("s", ["e"], []), [new EventGroup("e", "s", [evil.Id], null, [])], _ => evil);
        CoverageHtml.Render(new CoverageBuilder().Build(view, [evil])).ShouldNotContain("<script>");
    }

    [Fact]
    public void Should_give_an_empty_summary_for_a_story_without_text_sentences()
    {
        var a = TestArticles.Make("Singkat.");
        var view = StoryViewBuilder.Build(new StoryGroup("s", ["e"], []), [new EventGroup("e", "s", [a.Id], null, [])], _ => a);
        new CoverageBuilder().Build(view, [a]).Summary.ShouldBeEmpty();
    }
}
