using Liputan.Coverage;
using Liputan.Coverage.Outlets;
using Liputan.Documents;

namespace Liputan.Tests.Coverage;

public sealed class OnlyOneOutletTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 17, 9, 0, 0, TimeSpan.FromHours(7));

    private static Article A(string outlet, string body, int n) => CoverageStories.Article(outlet, body, "Banjir Kali Mawar", Day, n);

    private static StoryCoverage Build(params Article[] articles) => CoverageStories.Coverage(null, articles);

    private static List<string> Texts(string text) =>
        Clauses.Split(text, 0, text.Length, []).Select(c => text[c.Span.Start..c.Span.End].Trim()).ToList();

    // Three outlets report the same flood; alpha adds, inside its lead, a promise the others do not report.
    private static readonly Article[] Flood =
    [
        A("alpha", "Banjir merendam 2.100 rumah di Kecamatan Sukamaju, Kota Contoh, pada Senin pagi, dan Wali Kota Budi Santoso berjanji membangun tanggul beton sepanjang tiga kilometer di tepi Kali Mawar.\n\nSebanyak 860 warga mengungsi ke Masjid Al-Ikhlas dan gedung sekolah terdekat.\n\nHujan deras turun tujuh jam tanpa jeda sejak Minggu malam.", 0),
        A("beta", "Sebanyak 2.100 rumah di Kecamatan Sukamaju, Kota Contoh, terendam banjir pada Senin pagi.\n\nHujan deras mengguyur selama tujuh jam sejak Minggu malam, menurut BPBD Kota Contoh.\n\nPara pengungsi, sekitar 860 warga, bertahan di Masjid Al-Ikhlas dan gedung sekolah.", 1),
        A("gamma", "Hujan deras tujuh jam sejak Minggu malam membuat banjir merendam 2.100 rumah di Kecamatan Sukamaju, Kota Contoh, Senin.\n\nSekitar 860 warga mengungsi ke Masjid Al-Ikhlas serta gedung sekolah di dekat permukiman.\n\nPemerintah Kota Contoh menjanjikan bantuan beras bagi pengungsi di Masjid Al-Ikhlas.", 2),
        A("delta", "Bantuan beras dijanjikan Pemerintah Kota Contoh kepada para pengungsi yang bertahan di Masjid Al-Ikhlas, Senin.\n\nBanjir merendam 2.100 rumah di Kecamatan Sukamaju sejak Senin pagi setelah hujan deras tujuh jam.", 3),
    ];

    [Fact]
    public void Should_split_a_sentence_at_conjunctions_and_drop_the_attribution()
    {
        // Given a sentence of two clauses joined by "dan", a relative clause and an attribution
        var texts = Texts("Banjir merendam 2.100 rumah di Kecamatan Sukamaju pada Senin pagi, dan warga mengungsi ke Masjid Al-Ikhlas yang berada di tepi Kali Mawar, kata Camat Sukamaju.");

        // Then the clauses stand apart and the attribution is none of them
        texts.ShouldBe(["Banjir merendam 2.100 rumah di Kecamatan Sukamaju pada Senin pagi,", "dan warga mengungsi ke Masjid Al-Ikhlas", "yang berada di tepi Kali Mawar,"]);
    }

    [Fact]
    public void Should_keep_a_subject_and_its_appositions_with_their_predicate()
    {
        // Given a subject cut by the commas of its appositions before the verb
        var texts = Texts("Beberapa relawan kampus, termasuk mahasiswa Universitas Contoh, bersama dengan Palang Merah, telah membagikan paket makanan kepada pengungsi di Masjid Al-Ikhlas.");

        // Then subject, appositions and predicate are one clause
        texts.ShouldBe(["Beberapa relawan kampus, termasuk mahasiswa Universitas Contoh, bersama dengan Palang Merah, telah membagikan paket makanan kepada pengungsi di Masjid Al-Ikhlas."]);
    }

    [Fact]
    public void Should_still_cut_after_the_clause_that_holds_the_predicate()
    {
        var texts = Texts("Warga Sukamaju, yang rumahnya terendam, mengungsi ke Masjid Al-Ikhlas, dan relawan membagikan paket makanan.");
        texts.ShouldBe(["Warga Sukamaju, yang rumahnya terendam,", "mengungsi ke Masjid Al-Ikhlas,", "dan relawan membagikan paket makanan."]);
    }

    [Fact]
    public void Should_list_a_number_no_other_outlet_gives_in_a_sentence_whose_words_all_report()
    {
        // Given epsilon, which rewords the flood every outlet reports but alone counts the villages (14 desa)
        var c = Build([.. Flood, A("epsilon", "Banjir merendam 2.100 rumah di 14 desa Kecamatan Sukamaju, Kota Contoh, pada Senin pagi.\n\nSekitar 860 warga mengungsi ke Masjid Al-Ikhlas.", 4)]);

        // Then that sentence is listed as what only epsilon reports, by its number, not its words
        c.OnlyOneOutlet.ShouldContain(x => x.Outlet == "epsilon" && x.Source.Text.Contains("14 desa", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_split_a_pair_of_names_joined_by_dan()
    {
        var texts = Texts("Budi dan Rina meninjau tanggul Kali Mawar pada Senin sore.");
        texts.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_list_a_clause_only_one_outlet_reports_inside_a_sentence_all_report()
    {
        // Given alpha's lead, whose first clause every outlet reports and whose second only alpha
        var c = Build(Flood);

        // Then alpha's lead is listed as what only alpha reports
        c.OnlyOneOutlet.ShouldContain(x => x.Outlet == "alpha" && x.Source.Text.Contains("tanggul beton", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_list_a_clause_other_outlets_report_in_other_words()
    {
        // Given gamma's promise of rice, which delta reports in other words ("dijanjikan", "kepada para pengungsi"),
        // and the evacuees, which all report
        var c = Build(Flood);

        // Then neither is listed as reported by one outlet only
        c.OnlyOneOutlet.ShouldNotContain(x => x.Source.Text.Contains("bantuan beras", StringComparison.OrdinalIgnoreCase));
        c.OnlyOneOutlet.ShouldNotContain(x => x.Source.Text.Contains("860 warga", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_list_the_clause_when_no_other_outlet_reports_it()
    {
        // Given the same story without delta, the only other outlet to report gamma's promise of rice
        var c = Build(Flood[0], Flood[1], Flood[2]);

        // Then gamma's promise is its own
        c.OnlyOneOutlet.ShouldContain(x => x.Outlet == "gamma" && x.Source.Text.Contains("bantuan beras", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_list_what_an_outlet_says_about_itself()
    {
        // Given alpha's story with its own promotion line at the end
        var promo = A("alpha", Flood[0].Body + "\n\nBaca berita terbaru Alpha di aplikasi Alpha untuk Android dan iPhone.", 0);
        var c = Build(promo, Flood[1], Flood[2], Flood[3]);

        // Then the line is no news only alpha reports, and its lead still is
        c.OnlyOneOutlet.ShouldNotContain(x => x.Source.Text.Contains("Android", StringComparison.Ordinal));
        c.OnlyOneOutlet.ShouldContain(x => x.Outlet == "alpha" && x.Source.Text.Contains("tanggul beton", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_list_a_further_statement_joined_to_a_quote_others_report()
    {
        // Given one statement of the governor both outlets report, to which alpha's wording joins one only alpha reports
        var c = Build(
            A("alpha", "Gubernur Rina Hartati mengatakan warga Sukamaju tampaknya setuju direlokasi ke rumah susun Cempaka di tepi Kali Mawar dan juga mengatakan pemerintah provinsi mengirim 40 pompa air ke Kecamatan Sukamaju.\n\nBanjir merendam 2.100 rumah di Kecamatan Sukamaju sejak Senin pagi.", 0),
            A("beta", "Gubernur Rina Hartati mengatakan pemerintah provinsi mengirim 40 pompa air ke Kecamatan Sukamaju.\n\nBanjir merendam 2.100 rumah di Kecamatan Sukamaju sejak Senin pagi.", 1));

        // Then the board joins the two wordings, and alpha's sentence is listed for its further statement
        c.Quotes.SelectMany(q => q.Quotes).ShouldContain(e => e.Wordings.Select(w => w.Outlet).Distinct().Count() == 2);
        c.OnlyOneOutlet.ShouldContain(x => x.Outlet == "alpha" && x.Source.Text.Contains("rumah susun", StringComparison.Ordinal));
        c.OnlyOneOutlet.ShouldNotContain(x => x.Outlet == "beta");
    }

    [Fact]
    public void Should_list_nothing_for_a_story_of_one_outlet()
    {
        var c = Build(Flood[0]);
        c.OnlyOneOutlet.ShouldBeEmpty();
    }
}
