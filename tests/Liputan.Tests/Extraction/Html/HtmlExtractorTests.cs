using System.Text;
using Liputan.Documents;
using Liputan.Extraction.Html;

namespace Liputan.Tests.Extraction.Html;

public sealed class HtmlExtractorTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="id"><head>
        <meta charset="utf-8">
        <title>Jembatan Baru di Sungai Musi Dibuka Pekan Depan - Kabar Contoh</title>
        <meta property="og:site_name" content="Kabar Contoh">
        <link rel="canonical" href="https://www.kabarcontoh.id/daerah/2025/02/07/jembatan-baru">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Jembatan Baru di Sungai Musi Dibuka Pekan Depan",
         "datePublished":"2025-02-07T10:15:00+07:00","dateModified":"2025-02-07T12:00:00+07:00",
         "author":[{"@type":"Person","name":"Rina Wulandari"}],"publisher":{"@type":"Organization","name":"Kabar Contoh"}}
        </script>
        </head><body>
        <nav class="main-menu"><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a></nav>
        <div class="cookie-banner">Situs ini memakai cookie untuk pengalaman yang lebih baik, setuju?</div>
        <div class="wrapper">
          <article class="post">
            <h1>Jembatan Baru di Sungai Musi Dibuka Pekan Depan</h1>
            <div class="entry-content">
              <p>PALEMBANG, KABARCONTOH.ID - Jembatan baru yang menghubungkan dua kecamatan di Palembang akan dibuka untuk umum pada Senin, kata pejabat setempat.</p>
              <p>Kepala dinas setempat mengatakan uji beban sudah selesai pekan lalu, dan hasilnya memenuhi syarat keamanan, menurut laporan resmi.</p>
              <h2>Akses Warga</h2>
              <ul><li>Waktu tempuh warga berkurang hingga tiga puluh menit setiap hari.</li><li>Jalur sepeda tersedia di kedua sisi jembatan.</li></ul>
              <blockquote><p>Jembatan ini memangkas waktu tempuh warga, dan itu yang kami kejar sejak awal.</p></blockquote>
              <p>Jembatan sepanjang 400 meter itu dibangun sejak awal 2023, dengan dana daerah dan pusat, dan selesai tepat waktu.</p>
              <div class="share-buttons"><a href="#">Bagikan ke Facebook</a> <a href="#">Bagikan ke X</a></div>
            </div>
          </article>
          <aside class="sidebar"><h3>Terpopuler</h3><p>Harga cabai turun jelang Imlek, pedagang di pasar tradisional mengeluh sepi pembeli.</p></aside>
          <div class="related-posts"><a href="/a">Berita lain yang tidak termasuk artikel ini sama sekali</a></div>
          <div id="comments"><p>Komentar pembaca: mantap sekali, semoga jembatannya awet dan bermanfaat bagi semua.</p></div>
        </div>
        <footer>© 2025 Kabar Contoh. Hak cipta dilindungi.</footer>
        </body></html>
        """;

    private static RawDocument Raw(byte[] bytes, string? contentType = null) =>
        new(bytes, "page.html", null, new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), contentType);

    private static Article Extract(string html)
    {
        var r = new HtmlExtractor().Extract(Raw(System.Text.Encoding.UTF8.GetBytes(html)));
        r.Success.ShouldBeTrue(r.FailureReason);
        return r.Article!;
    }

    [Fact]
    public void Should_keep_the_article_text_and_drop_navigation_sidebar_comments_and_footer()
    {
        // Given a news page with menu, cookie banner, sidebar, related links, comments and footer
        // When it is extracted
        var a = Extract(NewsPage);

        // Then the body holds the article paragraphs and none of the chrome
        a.Body.ShouldContain("uji beban sudah selesai pekan lalu");
        a.Body.ShouldContain("Jembatan sepanjang 400 meter");
        a.Body.ShouldNotContain("Beranda");
        a.Body.ShouldNotContain("cookie");
        a.Body.ShouldNotContain("Harga cabai");
        a.Body.ShouldNotContain("Komentar pembaca");
        a.Body.ShouldNotContain("Hak cipta");
        a.Body.ShouldNotContain("Bagikan");
    }

    [Fact]
    public void Should_keep_headings_list_items_and_block_quotes_with_their_kind()
    {
        // Given the news page
        // When it is extracted
        var a = Extract(NewsPage);

        // Then the subheading, list items and quote are paragraphs of their own kind
        string Kind(string text) => a.Paragraphs.Single(p => a.Body[p.Span.Start..p.Span.End].Contains(text, StringComparison.Ordinal)).Kind.ToString();
        Kind("Akses Warga").ShouldBe(nameof(ParagraphKind.Heading));
        Kind("Jalur sepeda").ShouldBe(nameof(ParagraphKind.ListItem));
        Kind("yang kami kejar").ShouldBe(nameof(ParagraphKind.BlockQuote));
    }

    [Fact]
    public void Should_read_title_authors_dates_and_canonical_url_from_structured_data()
    {
        // Given the news page with JSON-LD and a canonical link
        // When it is extracted
        var a = Extract(NewsPage);

        // Then the metadata comes from the structured data, the title without the site name
        a.Title.ShouldBe("Jembatan Baru di Sungai Musi Dibuka Pekan Depan");
        a.Authors.ShouldBe(["Rina Wulandari"]);
        a.Published!.ToIso().ShouldBe("2025-02-07T10:15:00+07:00");
        a.Modified!.ToIso().ShouldBe("2025-02-07T12:00:00+07:00");
        a.CanonicalUrl!.ToString().ShouldBe("https://www.kabarcontoh.id/daerah/2025/02/07/jembatan-baru");
    }

    [Fact]
    public void Should_read_an_author_the_json_ld_graph_names_by_reference()
    {
        // Given a graph whose article points to its author by id and states the person apart
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
             {"@type":"NewsArticle","headline":"Pasar Apung Dibuka Lagi","author":{"@id":"https://warta.example/#/person/7"},"datePublished":"2025-01-10T08:00:00+07:00"},
             {"@type":"Person","@id":"https://warta.example/#/person/7","name":"Dewi Lestari Putri"}]}
            </script></head><body><article>
              <p>Pasar apung di tepi sungai dibuka lagi pekan ini setelah dermaganya diperbaiki, dan puluhan perahu pedagang kembali berjualan sejak subuh.</p>
              <p>Pengelola menambah lampu dan pagar di dermaga, dan pengunjung diminta memakai pelampung saat naik perahu, kata petugas setempat.</p>
            </article></body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the person the reference names is the author
        a.Authors.ShouldBe(["Dewi Lestari Putri"]);
    }

    [Fact]
    public void Should_read_the_author_of_the_web_page_node_when_no_article_node_names_one()
    {
        // Given a graph that gives the author on its WebPage node only
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
             {"@type":"WebPage","name":"Kebun Kota","author":{"@id":"#p1"},"datePublished":"2025-03-02T09:00:00+07:00"},
             {"@type":"Person","@id":"#p1","name":"Agus Prasetyo"}]}
            </script></head><body><article>
              <p>Kebun kota di atap pasar mulai panen sayur pekan ini, dan hasilnya dijual murah kepada warga sekitar setiap Sabtu pagi.</p>
              <p>Pengelola berencana menambah dua atap lagi tahun depan, dengan bantuan sukarelawan dari kampus terdekat, kata pengurus kebun.</p>
            </article></body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the page's author is the author
        a.Authors.ShouldBe(["Agus Prasetyo"]);
    }

    [Fact]
    public void Should_read_the_author_from_an_element_whose_compound_class_names_it()
    {
        // Given a byline in an element of class "c-meta__author", a naming scheme of the site's own
        const string html = """
            <html><body><article>
              <h1>Kebun Kota Mulai Panen</h1>
              <div class="c-meta"><span class="c-meta__author">Agus Prasetyo</span></div>
              <p>Kebun kota di atap pasar mulai panen sayur pekan ini, dan hasilnya dijual murah kepada warga sekitar setiap Sabtu pagi.</p>
              <p>Pengelola berencana menambah dua atap lagi tahun depan, dengan bantuan sukarelawan dari kampus terdekat, kata pengurus kebun.</p>
            </article></body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the name in it is the author
        a.Authors.ShouldBe(["Agus Prasetyo"]);
    }

    [Fact]
    public void Should_take_the_dateline_out_of_the_first_paragraph()
    {
        // Given the news page whose first paragraph opens with a dateline
        // When it is extracted
        var a = Extract(NewsPage);

        // Then the dateline is its own field and the body starts with the sentence
        a.Dateline.ShouldNotBeNull();
        a.Dateline.ShouldContain("PALEMBANG");
        a.Body.ShouldStartWith("Jembatan baru yang menghubungkan");
    }

    [Fact]
    public void Should_fall_back_to_meta_tags_time_element_and_an_indonesian_byline()
    {
        // Given a page without JSON-LD: OpenGraph title, a time element and a "Penulis" line
        const string html = """
            <html><head><title>Harga Beras Naik | Warta Contoh</title></head><body>
            <div class="content">
              <h1>Harga Beras Naik di Tiga Provinsi</h1>
              <div class="meta"><time datetime="2024-11-24T08:30:00+07:00">Minggu, 24 November 2024</time></div>
              <p>Penulis: Budi Santoso | Editor: Sari Dewi</p>
              <p>Harga beras medium naik di tiga provinsi sepanjang pekan ini, menurut catatan badan pangan, dan pedagang memperkirakan kenaikan berlanjut.</p>
              <p>Pemerintah menyiapkan operasi pasar, dengan stok cadangan yang disebut cukup hingga akhir tahun, kata pejabat kementerian.</p>
            </div></body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the h1 inside the title is the headline, the date comes from the time element and the byline gives author and editor
        a.Title.ShouldBe("Harga Beras Naik di Tiga Provinsi");
        a.Published!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2024-11-24");
        a.Authors.ShouldBe(["Budi Santoso"]);
        a.Editor.ShouldBe("Sari Dewi");
    }

    [Fact]
    public void Should_take_the_date_from_the_url_path_when_the_page_gives_none()
    {
        // Given a page without any date markup, served from a dated URL
        var html = "<html><body><div><p>" + string.Join(" ", Enumerable.Repeat("Kalimat berita yang cukup panjang, dengan koma, untuk dinilai.", 6)) + "</p></div></body></html>";
        var raw = new RawDocument(System.Text.Encoding.UTF8.GetBytes(html), null, new Uri("https://example.org/news/2021/12/31/judul"), DateTimeOffset.UtcNow);

        // When it is extracted
        var r = new HtmlExtractor().Extract(raw);

        // Then the date is the URL's
        r.Success.ShouldBeTrue(r.FailureReason);
        r.Article!.Published!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2021-12-31");
    }

    [Fact]
    public void Should_never_take_a_date_after_the_reference_time()
    {
        // Given a page whose only date lies after the time it was fetched
        const string html = """<html><head><meta property="article:published_time" content="2031-01-01"></head><body><p>Sebuah paragraf berita yang cukup panjang, dengan koma, agar terbaca sebagai teks berjalan oleh penilai.</p><p>Paragraf kedua juga panjang, dengan koma, supaya halaman ini dianggap artikel oleh pemilih konten.</p></body></html>""";

        // When it is extracted
        var a = Extract(html);

        // Then no published date is given
        a.Published.ShouldBeNull();
    }

    [Fact]
    public void Should_decode_windows_1252_declared_in_a_meta_charset()
    {
        // Given a page in windows-1252 with é and ’ bytes, declared in a meta tag
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 news</title></head><body><p>Le caf\u00e9 de la gare rouvre aujourd\u2019hui, apr\u00e8s des travaux, dit la mairie, et les habitants s\u2019en r\u00e9jouissent.</p></body></html>";
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding(1252).GetBytes(html);

        // When it is extracted
        var r = new HtmlExtractor().Extract(Raw(bytes));

        // Then the text has no mojibake
        r.Success.ShouldBeTrue(r.FailureReason);
        r.Article!.Body.ShouldContain("caf\u00e9 de la gare rouvre aujourd\u2019hui");
    }

    [Fact]
    public void Should_prefer_the_http_charset_over_the_fallback()
    {
        // Given ISO-8859-1 bytes with no meta charset, and the HTTP header saying so
        var html = "<html><body><p>Die Stra\u00dfe wird gesperrt, sagt die Stadt, und die Anwohner m\u00fcssen Umwege fahren, bis zum Sommer.</p></body></html>";
        var bytes = System.Text.Encoding.Latin1.GetBytes(html);

        // When it is extracted with the header's content type
        var r = new HtmlExtractor().Extract(Raw(bytes, "text/html; charset=ISO-8859-1"));

        // Then the umlauts are read right
        r.Success.ShouldBeTrue(r.FailureReason);
        r.Article!.Body.ShouldContain("Stra\u00dfe wird gesperrt");
        r.Article.Body.ShouldContain("m\u00fcssen");
    }

    [Fact]
    public void Should_extract_what_there_is_from_truncated_html()
    {
        // Given a page cut off in the middle of a paragraph
        var html = NewsPage[..NewsPage.IndexOf("Jembatan sepanjang", StringComparison.Ordinal)] + "Jembatan sepanj";

        // When it is extracted
        var a = Extract(html);

        // Then the complete paragraphs are there
        a.Body.ShouldContain("uji beban sudah selesai pekan lalu");
    }

    [Fact]
    public void Should_say_why_when_the_body_is_empty()
    {
        // Given a page with an empty body
        // When it is extracted
        var r = new HtmlExtractor().Extract(Raw(System.Text.Encoding.UTF8.GetBytes("<html><head><title>x</title></head><body></body></html>")));

        // Then it fails with a no-article reason
        r.Success.ShouldBeFalse();
        r.FailureReason!.ShouldContain("no article found");
    }

    [Fact]
    public void Should_give_a_clear_result_for_ten_thousand_nested_divs()
    {
        // Given 10,000 nested divs around a paragraph of text
        var text = "Paragraf terdalam ini panjang, dengan koma, dan harus tetap terbaca walau bersarang sangat dalam di halaman.";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>" + text + "</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";

        // When it is extracted
        var r = new HtmlExtractor().Extract(Raw(System.Text.Encoding.UTF8.GetBytes(html)));

        // Then it finishes with the text or a reason, never a crash
        (r.Success ? r.Article!.Body : r.FailureReason!).ShouldNotBeNullOrWhiteSpace();
        if (r.Success)
        {
            r.Article!.Body.ShouldContain("Paragraf terdalam");
        }
    }

    [Fact]
    public void Should_finish_on_a_page_over_twenty_megabytes()
    {
        // Given a 21 MB page of repeated paragraphs
        var para = "<p>Kalimat panjang yang diulang, dengan koma, untuk membuat halaman yang sangat besar sekali.</p>\n";
        var sb = new StringBuilder("<html><body><div class=\"content\">");
        while (sb.Length < 21 * 1024 * 1024)
        {
            sb.Append(para);
        }

        // When it is extracted
        var r = new HtmlExtractor().Extract(Raw(System.Text.Encoding.UTF8.GetBytes(sb.ToString())));

        // Then it finishes with an article cut at the limit
        r.Success.ShouldBeTrue(r.FailureReason);
        r.Article!.Body.Length.ShouldBeLessThan(HtmlExtractor.MaxBytes);
    }

    private static Article ExtractFrom(string html, string url)
    {
        var raw = new RawDocument(System.Text.Encoding.UTF8.GetBytes(html), "page.html", new Uri(url), new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var r = new HtmlExtractor().Extract(raw);
        r.Success.ShouldBeTrue(r.FailureReason);
        return r.Article!;
    }

    private const string TwoParagraphs = """
        <p>Harga beras medium naik di tiga provinsi sepanjang pekan ini, menurut catatan badan pangan, dan pedagang memperkirakan kenaikan berlanjut.</p>
        <p>Pemerintah menyiapkan operasi pasar, dengan stok cadangan yang disebut cukup hingga akhir tahun, kata pejabat kementerian.</p>
        """;

    [Fact]
    public void Should_read_two_authors_from_one_meta_tag_and_drop_the_byline_line_the_article_repeats()
    {
        // Given a page whose author tag names two reporters, and whose article region repeats them with the desk
        var html = "<html><head><meta name=\"author\" content=\"Andi Wijaya, Budi Santoso\"></head><body><div class=\"content\">" +
            "<div>Andi Wijaya, Budi Santoso - kabarNews</div><div class=\"text\">" + TwoParagraphs.Replace("<p>Harga", "<p>Jakarta - Harga", StringComparison.Ordinal) + "</div></div></body></html>";

        // When it is extracted
        var a = Extract(html);

        // Then both are authors, the byline line is not body text and the dateline is found under it
        a.Authors.ShouldBe(["Andi Wijaya", "Budi Santoso"]);
        a.Body.ShouldNotContain("kabarNews");
        a.Dateline.ShouldBe("Jakarta");
        a.Body.ShouldStartWith("Harga beras medium");
    }

    [Theory]
    [InlineData("Andi Wijaya, Budi Santoso - kabarNews", true)]
    [InlineData("Andi Wijaya", true)]
    [InlineData("Andi Wijaya menulis buku tentang pasar tradisional di Jawa.", false)]
    [InlineData("Andi Wijayakusuma - Jakarta", false)]
    [InlineData("Andi Wijaya - wartawan yang meliput pasar selama sepuluh tahun.", false)]
    public void Should_know_the_byline_line_by_the_authors_names(string line, bool isByline) =>
        HtmlExtractor.IsAuthorsLine(line, ["Andi Wijaya", "Budi Santoso"]).ShouldBe(isByline);

    [Fact]
    public void Should_read_reporter_and_editor_from_a_sign_off_block_broken_by_br()
    {
        // Given an article that ends with a sign-off block, one label a line
        const string html = "<html><body><div class=\"content\">" + TwoParagraphs +
            "<p class=\"small\">Pewarta: Yusuf Halim<br>Editor: Rina Kartika<br>COPYRIGHT © KABAR 2025</p></div></body></html>";

        // When it is extracted
        var a = Extract(html);

        // Then the reporter is the author, the editor is apart, and neither line is body text
        a.Authors.ShouldBe(["Yusuf Halim"]);
        a.Editor.ShouldBe("Rina Kartika");
        a.Body.ShouldNotContain("Pewarta");
        a.Body.ShouldNotContain("Editor");
    }

    [Fact]
    public void Should_find_the_dateline_of_the_first_paragraph_after_a_standfirst()
    {
        // Given a standfirst above the first paragraph, which opens with a dateline in two <strong>
        const string html = """
            <html><body><div class="content">
            <p class="subtitle">Stok cadangan disebut cukup hingga akhir tahun.</p>
            <p><strong>KABAR.ID</strong>, <strong>Jakarta</strong> - Harga beras medium naik di tiga provinsi sepanjang pekan ini, menurut catatan badan pangan, dan pedagang memperkirakan kenaikan berlanjut.</p>
            <p>Pemerintah menyiapkan operasi pasar, dengan stok cadangan yang disebut cukup hingga akhir tahun, kata pejabat kementerian.</p>
            </div></body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the dateline is its own field, and the first paragraph reads without it
        a.Dateline.ShouldBe("KABAR.ID, Jakarta");
        a.Body.ShouldContain("\nHarga beras medium naik");
    }

    [Theory]
    [InlineData("<title>Harga Beras Naik | Kabar Pasar Raya</title>", "")]
    [InlineData("<title>Harga Beras Naik</title>", "<img src=\"/logo.png\" alt=\"Kabar Pasar Raya\">")]
    [InlineData("<title>Harga Beras Naik</title>", "<div class=\"site-info\">© 2025 Kabar Pasar Raya. Seluruh hak cipta dilindungi.</div>")]
    public void Should_name_an_unknown_outlet_as_the_page_shows_it(string head, string chrome)
    {
        // Given a page on a host no outlet table knows, without og:site_name, whose title, logo or footer shows the site's name
        var html = $"<html><head>{head}</head><body>{chrome}<div class=\"content\">{TwoParagraphs}</div></body></html>";

        // When it is extracted
        var a = ExtractFrom(html, "https://kabarpasarraya.co.id/2025/02/07/harga-beras/");

        // Then the outlet is named as the page shows it
        a.Outlet!.Name.ShouldBe("Kabar Pasar Raya");
        a.Outlet.Domain.ShouldBe("kabarpasarraya.co.id");
    }

    [Fact]
    public void Should_name_an_unknown_outlet_by_its_host_when_the_page_shows_no_name_that_spells_it()
    {
        // Given a title whose suffix is a section name, not the site's
        var html = $"<html><head><title>Harga Beras Naik | Ekonomi Daerah</title></head><body><div class=\"content\">{TwoParagraphs}</div></body></html>";

        // When it is extracted
        var a = ExtractFrom(html, "https://kabarpasarraya.co.id/2025/02/07/harga-beras/");

        // Then the outlet is named by its host
        a.Outlet!.Name.ShouldBe("kabarpasarraya.co.id");
    }
}
