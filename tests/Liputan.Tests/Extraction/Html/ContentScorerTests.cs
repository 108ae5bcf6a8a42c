using Liputan.Documents;
using Liputan.Extraction.Html;

namespace Liputan.Tests.Extraction.Html;

public sealed class ContentScorerTests
{
    private static Article Extract(string html)
    {
        var raw = new RawDocument(System.Text.Encoding.UTF8.GetBytes(html), "page.html", null, new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var r = new HtmlExtractor().Extract(raw);
        r.Success.ShouldBeTrue(r.FailureReason);
        return r.Article!;
    }

    // Each step long enough on its own (over the 200 characters under which the extractor falls back to all running text).
    private static string Step(string text) =>
        $"<div class=\"step\"><h3>Langkah</h3><div class=\"box\"><div><p>{text} Kerjakan pelan, dengan sabar, dan perhatikan api, supaya hasilnya rata, harum, lembut, dan tidak gosong di bagian bawah panci.</p></div></div></div>";

    [Fact]
    public void Should_take_every_step_when_each_sits_in_a_wrapper_of_its_own()
    {
        // Given a recipe whose steps each sit three wrappers deep, beside a teaser box
        var html = "<html><body><div class=\"wrap\"><div class=\"teaser\"><p>Resep lain yang juga enak, gurih, dan mudah dibuat di rumah, dengan bahan yang murah, cepat, dan sehat untuk keluarga.</p></div>" +
            "<div class=\"steps\">" +
            Step("Rebus air, masukkan gula, garam, dan daun pandan, lalu aduk sampai larut, sekitar lima menit.") +
            Step("Campurkan tepung beras dengan santan, aduk rata, dan tuang ke dalam rebusan, sedikit demi sedikit.") +
            Step("Masak dengan api kecil, terus diaduk, sampai adonan mengental, licin, dan tidak lengket di panci.") +
            Step("Tuang ke dalam cetakan, ratakan, lalu dinginkan, dan potong sesuai selera sebelum disajikan.") +
            "</div></div></body></html>";

        // When it is extracted
        var a = Extract(html);

        // Then the body holds all four steps
        a.Body.ShouldContain("Rebus air");
        a.Body.ShouldContain("Campurkan tepung");
        a.Body.ShouldContain("Masak dengan api kecil");
        a.Body.ShouldContain("Tuang ke dalam cetakan");
    }

    [Fact]
    public void Should_keep_a_blog_post_wrapper_whose_classes_list_its_tags()
    {
        // Given a blog post whose wrapper carries the post's tags as classes ("tag-share", "custom_tags-related")
        const string html = """
            <html><body>
            <div class="post-12 post type-post status-publish hentry tag-share custom_tags-related">
              <p>Pemerintah daerah meresmikan pasar baru di pusat kota pada Senin pagi, dengan ratusan pedagang yang pindah dari lokasi lama.</p>
              <p>Pasar itu dibangun selama dua tahun, dengan dana daerah, dan memiliki tempat parkir, musala, serta ruang menyusui.</p>
            </div>
            <div class="more"><p>Berita lain: harga cabai turun menjelang akhir pekan, kata pedagang di pasar induk, yang menyebut pasokan dari daerah penghasil sudah kembali normal setelah panen raya, dan pembeli mulai ramai lagi, terutama pada pagi hari sebelum pukul sembilan.</p></div>
            </body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the post is the body
        a.Body.ShouldContain("meresmikan pasar baru");
        a.Body.ShouldContain("ruang menyusui");
    }

    [Fact]
    public void Should_drop_photo_credits_copyright_lines_and_further_reading_heads()
    {
        // Given an article with a picture agency credit, a "read on" heading and a copyright line inside its wrapper
        const string html = """
            <html><body><div class="article-body">
              <p>Banjir merendam tiga kecamatan sejak Kamis malam, dan warga mengungsi ke balai desa, menurut petugas setempat.</p>
              <p>Contoh Agency/Shutterstock.com</p>
              <p>Petugas membuka dapur umum, membagikan selimut, dan memeriksa kesehatan anak-anak di pengungsian sepanjang malam.</p>
              <h3>Schon gelesen?</h3>
              <p>© 2025 Kabar Contoh. All rights reserved.</p>
            </div></body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the sentences stay and the chrome goes
        a.Body.ShouldContain("Banjir merendam");
        a.Body.ShouldContain("dapur umum");
        a.Body.ShouldNotContain("Shutterstock");
        a.Body.ShouldNotContain("Schon gelesen");
        a.Body.ShouldNotContain("All rights reserved");
    }
}
