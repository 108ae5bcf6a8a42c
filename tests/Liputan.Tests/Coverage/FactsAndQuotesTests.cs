using Liputan.Coverage;
using Liputan.Documents;

namespace Liputan.Tests.Coverage;

public sealed class FactsAndQuotesTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 17, 9, 0, 0, TimeSpan.FromHours(7));

    private static Article A(string outlet, string body, int n) => CoverageStories.Article(outlet, body, "Rapat Darurat Banjir", Day, n);

    private static StoryCoverage Build(params Article[] articles) => CoverageStories.Coverage(null, articles);

    [Fact]
    public void Should_find_hedged_durations_compatible_and_different_counts_in_conflict()
    {
        // Given two outlets that time one meeting differently but compatibly, and count evacuees incompatibly
        var c = Build(
            A("alpha", "Rapat darurat wali kota dan camat berlangsung selama 50 menit di balai kota, Senin (17/3/2025).\n\nSebanyak 1.200 warga mengungsi ke gedung sekolah dan masjid di Kecamatan Sukamaju.", 0),
            A("beta", "Rapat darurat wali kota dengan para camat di balai kota berlangsung hampir 1 jam, Senin (17/3/2025).\n\nSebanyak 3.000 warga mengungsi ke gedung sekolah dan masjid di Kecamatan Sukamaju.", 1));

        // Then the meeting's length is compatible and the evacuee counts differ
        var duration = c.Facts.Single(f => f.Slot == "duration");
        duration.Verdict.ShouldBe("compatible");
        duration.Values.Select(v => v.Quantity).ShouldBe(["50 menit", "hampir 1 jam"]);
        c.Facts.Single(f => f.Slot == "people").Verdict.ShouldBe("differ");
        foreach (var v in c.Facts.SelectMany(f => f.Values))
        {
            v.Source.Text.ShouldContain(v.Quantity);
        }
    }

    [Fact]
    public void Should_put_one_statement_of_one_speaker_in_one_entry_with_each_wording()
    {
        var c = Build(
            A("alpha", "\"Kami akan membangun tanggul baru sebelum musim hujan berikutnya tiba,\" kata Wali Kota Contoh, Budi Santoso, Senin.", 0),
            A("beta", "\"Tanggul baru akan kami bangun sebelum musim hujan berikutnya,\" ujar Budi Santoso di balai kota.", 1),
            A("gamma", "Santoso mengatakan bantuan logistik untuk para pengungsi sudah tiba sejak pagi di lima posko.", 2));

        var speaker = c.Quotes.ShouldHaveSingleItem();
        speaker.Speaker.ShouldBe("Budi Santoso");
        speaker.Quotes.Count.ShouldBe(2);
        speaker.Quotes[0].Wordings.Select(w => w.Outlet).ShouldBe(["alpha", "beta"]);
    }

    [Fact]
    public void Should_join_a_speaker_named_by_the_first_name_alone_to_the_full_name()
    {
        // Given one outlet naming the official in full, another by her first name only, and a namesake-free third
        var c = Build(
            A("alpha", "\"Semua pengungsi sudah mendapat makanan dan selimut sejak pagi,\" kata Kepala Dinas Sosial Rina Hartati di posko.", 0),
            A("beta", "\"Pompa tambahan kami kirim ke lima kecamatan malam ini,\" ujar Rina saat meninjau tanggul.", 1),
            A("gamma", "\"Jalan utama sudah bisa dilalui kendaraan roda empat,\" kata Bambang Sutrisno dari dinas perhubungan.", 2));

        // Then Rina's two quotes stand under one speaker shown by her full name, Bambang apart
        var rina = c.Quotes.Single(s => s.Speaker.StartsWith("Rina", StringComparison.Ordinal));
        rina.Speaker.ShouldBe("Rina Hartati");
        rina.Quotes.Count.ShouldBe(2);
        c.Quotes.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_put_unnamed_sources_on_the_board_under_their_description_across_outlets()
    {
        // Given two outlets quoting one anonymous official in different words, and a third quoting another office
        var c = Build(
            A("alpha", "Tanggul baru akan dibangun sebelum musim hujan berikutnya tiba di kota, kata seorang pejabat senior pemerintahan kepada wartawan.", 0),
            A("beta", "Seorang pejabat administrasi senior mengatakan tanggul baru dibangun sebelum musim hujan berikutnya tiba.", 1),
            A("gamma", "Seorang pejabat dinas pekerjaan umum mengatakan pompa air tambahan dikirim ke lima kecamatan sejak pagi.", 2));

        // Then the two descriptions are one speaker with one entry of two wordings, the other office apart
        var official = c.Quotes.Single(s => s.Roles.Count == 2);
        official.Speaker.ShouldStartWith("pejabat");
        official.Quotes.ShouldHaveSingleItem().Wordings.Select(w => w.Outlet).ShouldBe(["alpha", "beta"]);
        c.Quotes.Single(s => s != official).Speaker.ShouldContain("pekerjaan umum");
    }

    [Fact]
    public void Should_not_list_a_quote_that_another_outlet_reports_in_other_words_as_reported_by_one_outlet()
    {
        // Given one official's statement worded differently by two outlets, amid enough other text
        var c = Build(
            A("alpha", "Wali Kota Contoh, Budi Santoso, mengatakan pemerintah menyiapkan dua pilihan bagi penghuni bantaran Kali Mawar yang rumahnya terendam banjir selama sepekan, yakni relokasi warga ke rumah susun Cempaka atau tanggul sepanjang dua kilometer yang dibangun dinas pekerjaan umum bersama para camat dan Balai Wilayah Sungai.", 0),
            A("beta", "\"Kami siapkan dua pilihan, relokasi warga atau tanggul dua kilometer,\" kata Budi Santoso.", 1));

        // Then the board joins the two wordings, and neither sentence is an item of one outlet only
        c.Quotes.Single(s => s.Speaker == "Budi Santoso").Quotes.ShouldContain(e => e.Wordings.Select(w => w.Outlet).Distinct().Count() == 2);
        c.OnlyOneOutlet.ShouldNotContain(x => x.Source.Text.Contains("dua pilihan", StringComparison.Ordinal));
    }
}
