using Liputan.Documents;
using Liputan.Extraction.Text;

namespace Liputan.Tests.Extraction.Text;

public sealed class SavedPageExtractorTests
{
    private const string Page = """
        Cari berita
        Beranda   Nasional   Daerah   Ekonomi   Olahraga
        Jembatan Baru di Sungai Musi Dibuka untuk Umum Pekan Depan
        https://www.kabarcontoh.id/daerah/jembatan-baru-sungai-musi
        Penulis: Rina Wulandari | Editor: Agus Salim
        Jumat, 7 Februari 2025 | 10:15 WIB
        Warga melintas di jembatan baru. (Foto: Dok. Pemkot)

        PALEMBANG, KABARCONTOH.ID - Jembatan baru yang menghubungkan dua kecamatan di Palembang akan dibuka untuk umum pada Senin (10/2/2025). Pembangunan jembatan itu menelan biaya Rp 120 miliar.

        Baca juga: Harga Cabai di Palembang Turun Jelang Imlek

        Kepala dinas setempat mengatakan uji beban sudah selesai pekan lalu dan hasilnya memenuhi syarat keamanan.

        Akses Warga

        "Jembatan ini memangkas waktu tempuh warga hingga 30 menit," kata Wali Kota Palembang, Hendra Saputra.

        Kepala dinas setempat mengatakan uji beban sudah selesai pekan lalu dan hasilnya memenuhi syarat keamanan.

        Jembatan sepanjang 400 meter itu dibangun sejak awal 2023 dengan dana daerah dan pusat. (rin/ags)

        Tag: jembatan palembang infrastruktur
        Ikuti kami di Google News
        © 2025 Kabar Contoh. All rights reserved.
        Pengeluaran SGP hari ini
        """;

    private static Article Extract(string page)
    {
        var r = new SavedPageExtractor().Extract(TestArticles.Raw(page));
        r.Success.ShouldBeTrue(r.FailureReason);
        r.Article!.ShouldHaveValidSpans();
        return r.Article!;
    }

    [Fact]
    public void Should_read_the_metadata_the_chrome_carries()
    {
        var a = Extract(Page);
        a.Title.ShouldBe("Jembatan Baru di Sungai Musi Dibuka untuk Umum Pekan Depan");
        a.CanonicalUrl!.AbsoluteUri.ShouldBe("https://www.kabarcontoh.id/daerah/jembatan-baru-sungai-musi");
        a.Authors.ShouldBe(["Rina Wulandari"]);
        a.Editor.ShouldBe("Agus Salim");
        a.Published!.ToIso().ShouldBe("2025-02-07T10:15:00+07:00");
        a.Dateline.ShouldBe("PALEMBANG, KABARCONTOH.ID");
        a.Outlet!.Domain.ShouldBe("kabarcontoh.id");
        a.Outlet.Name.ShouldBe("Kabar Contoh");
        a.Language.ShouldBe("id");
    }

    [Fact]
    public void Should_drop_related_links_pitches_tags_footers_spam_and_repeats()
    {
        var a = Extract(Page);
        a.Body.ShouldNotContain("Baca juga");
        a.Body.ShouldNotContain("Google News");
        a.Body.ShouldNotContain("Tag:");
        a.Body.ShouldNotContain("©");
        a.Body.ShouldNotContain("SGP");
        a.Body.ShouldNotContain("(rin/ags)");
        a.Body.ShouldNotContain("Foto:");
        a.Paragraphs.Count(p => p.Span.TextOf(a.Body).StartsWith("Kepala dinas", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Should_keep_article_text_and_subheadings_in_order()
    {
        var a = Extract(Page);
        var texts = a.Paragraphs.Select(p => p.Span.TextOf(a.Body)).ToList();
        texts[0].ShouldStartWith("Jembatan baru yang menghubungkan");
        texts.ShouldContain("Akses Warga");
        a.Paragraphs.Single(p => p.Span.TextOf(a.Body) == "Akses Warga").Kind.ShouldBe(ParagraphKind.Heading);
        texts[^1].ShouldBe("Jembatan sepanjang 400 meter itu dibangun sejak awal 2023 dengan dana daerah dan pusat.");
    }

    [Fact]
    public void Should_give_null_not_a_guess_for_what_the_page_does_not_say()
    {
        var a = Extract("Hujan Deras Guyur Kota Malang Sore Ini\n\nHujan deras mengguyur Kota Malang sejak pukul 15.00 dan menyebabkan genangan di beberapa ruas jalan utama kota.\n\nPetugas dinas perhubungan mengatur lalu lintas di simpang empat yang tergenang air setinggi lutut orang dewasa.");
        a.Published.ShouldBeNull();
        a.Authors.ShouldBeEmpty();
        a.Outlet.ShouldBeNull();
        a.CanonicalUrl.ShouldBeNull();
        a.Title.ShouldBe("Hujan Deras Guyur Kota Malang Sore Ini");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void Should_report_a_page_without_text(string page)
    {
        var r = new SavedPageExtractor().Extract(page);
        r.Success.ShouldBeFalse();
        r.FailureReason.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Should_report_a_page_of_chrome_only()
    {
        var r = new SavedPageExtractor().Extract("Beranda   Nasional   Daerah   Ekonomi\nBerita Terkini\nIkuti kami di Google News\n© 2025 Contoh");
        r.Success.ShouldBeFalse();
        r.FailureReason!.ShouldContain("no article");
    }

    [Fact]
    public void Should_hash_pages_that_differ_only_in_quotes_and_spacing_alike()
    {
        var a = Extract("Judul Berita yang Cukup Panjang Sekali\n\nIa berkata, \"kami siap\" dan   semua setuju dengan rencana tersebut hari ini.");
        var b = Extract("Judul Berita yang Cukup Panjang Sekali\n\nIa berkata, “kami siap” dan semua setuju dengan rencana tersebut hari ini.");
        a.ContentHash.ShouldBe(b.ContentHash);
    }
}
