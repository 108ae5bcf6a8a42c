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

    // Extracts the page and checks which passages its body holds and which it leaves out.
    private static Article ShouldRead(string html, string[] holds, string[] leavesOut)
    {
        var a = Extract(html);
        foreach (var h in holds)
        {
            a.Body.ShouldContain(h);
        }

        foreach (var l in leavesOut)
        {
            a.Body.ShouldNotContain(l);
        }

        return a;
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

    [Fact]
    public void Should_keep_the_letter_around_a_long_table_of_names()
    {
        // Given an open letter whose signatories, one per row with their affiliation, outweigh its paragraphs
        var rows = string.Concat(Enumerable.Range(1, 60).Select(i => $"<tr><td>Penanda Tangan {i}, Universitas Contoh</td></tr>"));
        var html = "<html><body><div class=\"letter\">" +
            "<p>Kami, yang bertanda tangan di bawah ini, meminta pemerintah membuka kembali ruang diskusi publik, yang kini makin sempit, terutama di kampus.</p>" +
            "<p>Kebebasan bertukar gagasan, kata kami, adalah syarat masyarakat yang sehat, dan setiap pembatasan merugikan semua pihak, juga pemerintah sendiri.</p>" +
            $"<table><tbody>{rows}</tbody></table></div></body></html>";

        // When it is extracted
        var a = Extract(html);

        // Then the letter's paragraphs are kept with the table
        a.Body.ShouldContain("Kami, yang bertanda tangan");
        a.Body.ShouldContain("Kebebasan bertukar gagasan");
    }

    [Fact]
    public void Should_keep_an_entry_flagged_for_share_buttons()
    {
        // Given an article wrapper whose classes say share buttons are enabled, beside a neutral box of text
        const string html = """
            <html><body>
            <div class="entry share">
              <p>Hujan deras sejak sore membuat sungai di pinggir kota meluap, dan air masuk ke rumah warga di tiga kelurahan, setinggi lutut orang dewasa, menurut petugas.</p>
              <p>Petugas memompa air dari jalan utama, membersihkan saluran yang tersumbat sampah, dan meminta warga menjauhi bantaran sungai sampai air surut, setidaknya hingga besok pagi.</p>
              <p>Pemerintah kota menyiapkan dapur umum di balai kelurahan, membagikan makanan, selimut, dan obat, dan mendata rumah yang rusak untuk bantuan perbaikan bulan depan.</p>
            </div>
            <div class="more"><p>Berita lain: harga cabai turun menjelang akhir pekan, kata pedagang di pasar induk, yang menyebut pasokan dari daerah penghasil sudah normal setelah panen raya, dan pembeli mulai ramai lagi, terutama pada pagi hari sebelum pukul sembilan, ketika sayur masih segar.</p></div>
            </body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the article is the body
        a.Body.ShouldContain("sungai di pinggir kota meluap");
        a.Body.ShouldContain("dapur umum");
    }

    [Fact]
    public void Should_take_the_json_ld_article_body_when_the_page_shows_only_a_teaser()
    {
        // Given a page that shows one paragraph and states the whole article in its JSON-LD
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Pelabuhan Baru",
             "articleBody":"Pelabuhan baru di pesisir utara mulai melayani kapal barang pekan ini, dengan dua dermaga dan gudang pendingin.\nPengelola menyebut kapasitasnya cukup untuk lima kapal sekaligus, dan antrean bongkar muat di pelabuhan lama diharapkan berkurang.\nNelayan setempat meminta jalur khusus bagi perahu kecil, agar tidak bersaing dengan kapal barang di alur masuk."}]}
            </script></head><body>
            <div class="content"><p>Pelabuhan baru di pesisir utara mulai melayani kapal barang pekan ini, dengan dua dermaga dan gudang pendingin.</p></div>
            </body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the body is the stated article, a paragraph per line
        a.Body.ShouldContain("lima kapal sekaligus");
        a.Body.ShouldContain("jalur khusus bagi perahu kecil");
        a.Paragraphs.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_read_a_post_inside_a_widget_wrapper_and_drop_the_author_bio()
    {
        // Given a blog engine's page: the post, written with line breaks, inside a "widget" wrapper, and an author bio box
        const string html = """
            <html><body>
            <div class="widget Blog"><div class="post hentry"><div class="post-body entry-content">
              Musim hujan tahun ini datang lebih awal, dan petani di lereng gunung mulai menanam padi sejak awal bulan, lebih cepat dari biasanya.<br>
              Mereka berharap panen tiba sebelum angin kencang, yang tahun lalu merobohkan batang padi di banyak petak sawah, dan membuat harga gabah jatuh.<br>
            </div></div></div>
            <div class="author-bio"><p>Penulis blog ini tinggal di kaki gunung, menulis tentang sawah, kopi, dan cuaca, sejak lebih dari sepuluh tahun lalu, dan sesekali memotret burung, sungai, serta pasar pagi di desa-desa sekitar, untuk dimuat di sini.</p></div>
            </body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the post is the body and the bio is not
        a.Body.ShouldContain("Musim hujan tahun ini");
        a.Body.ShouldContain("harga gabah jatuh");
        a.Body.ShouldNotContain("Penulis blog ini");
    }

    [Fact]
    public void Should_put_the_stated_ingredients_first_when_the_scored_text_lacks_them()
    {
        // Given a recipe page whose ingredients are only short table rows, stated in its JSON-LD
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"Recipe","name":"Kolak Pisang","recipeIngredient":["4 buah pisang kepok","500 ml santan","100 g gula merah"]}
            </script></head><body>
            <div class="box"><table><tr><td>4</td><td>pisang</td></tr></table></div>
            <div class="steps">
              <p>Rebus santan dengan gula merah dan sedikit garam, aduk terus supaya santan tidak pecah, sampai gula larut semua.</p>
              <p>Masukkan pisang yang sudah dipotong, masak dengan api kecil, sampai pisang empuk, lalu sajikan hangat atau dingin.</p>
            </div></body></html>
            """;

        // When it is extracted
        var a = Extract(html);

        // Then the ingredients open the body, as list items, before the steps
        a.Body.ShouldStartWith("4 buah pisang kepok");
        a.Body.ShouldContain("100 g gula merah");
        a.Body.ShouldContain("Masukkan pisang");
        a.Paragraphs[0].Kind.ShouldBe(ParagraphKind.ListItem);
    }

    [Fact]
    public void Should_read_an_article_laid_out_inside_an_aside_and_drop_a_sidebar_aside()
    {
        // Given a page whose layout column is an <aside> holding the article body, beside a real sidebar aside
        const string html = """
            <html><body><main>
            <aside class="col"><section><div itemprop="articleBody">
              <p>Banjir merendam tiga kecamatan sejak Selasa malam, dan warga mengungsi ke balai desa serta masjid terdekat.</p>
              <p>Petugas menyiapkan dapur umum, perahu karet, dan posko kesehatan, sementara hujan masih turun hingga pagi.</p>
            </div></section></aside>
            <aside class="box"><h3>Terpopuler</h3><p>Harga emas naik lagi hari ini, kata pedagang di pasar.</p></aside>
            </main></body></html>
            """;

        // When it is extracted, then the article in the layout aside is the body and the sidebar is not
        ShouldRead(html, ["Banjir merendam", "posko kesehatan"], ["Harga emas"]);
    }

    [Fact]
    public void Should_read_a_page_whose_whole_content_sits_in_a_noscript_copy()
    {
        // Given a page that serves its no-JavaScript copy, with the article, inside <noscript>, and a tracking pixel in another
        var para = "Jumlah anak beruang yang lahir tahun ini mencapai rekor, menurut hasil pemantauan petugas taman nasional, yang menghitung induk dan anaknya di lembah utara selama musim panas.";
        var html = "<html><body><noscript><img src=\"pixel.gif\"></noscript><noscript><div id=\"page\"><div id=\"text\">" +
            $"<p>{para}</p><p>{para} Hasil ini lebih baik daripada tahun lalu.</p><p>{para} Pemantauan dilanjutkan musim depan.</p>" +
            "</div></div></noscript></body></html>";

        // When it is extracted, then its paragraphs are the body
        ShouldRead(html, ["lebih baik daripada tahun lalu", "dilanjutkan musim depan"], []);
    }

    [Fact]
    public void Should_take_the_prose_rows_of_a_page_builder_layout_and_leave_its_link_rows()
    {
        // Given an article laid out as page-builder modules: an intro row, the main text row, a prose row further down, a row of links
        var sentence = "Pemerintah kota menambah jalur sepeda sepanjang dua puluh kilometer tahun ini, dengan lampu, marka, dan pembatas baru di jalan utama.";
        var html = "<html><body><div class=\"page-wrapper\">" +
            $"<div class=\"module\" id=\"m1\"><div class=\"row\"><p>Pembukaan: {sentence} Program ini bagian dari rencana lima tahun.</p></div></div>" +
            $"<div class=\"module\" id=\"m2\"><div class=\"row\"><div class=\"text\"><p>{sentence}</p><p>{sentence}, kata kepala dinas.</p><p>{sentence} Warga menyambut baik.</p><p>{sentence} Anggaran berasal dari kas daerah.</p></div></div></div>" +
            $"<div class=\"module\" id=\"m3\"><div class=\"row\"><p>Penutup: pembangunan tahap berikutnya dimulai bulan depan, setelah anggaran disetujui dewan, dan selesai sebelum akhir tahun, kata wali kota dalam jumpa pers di balai kota.</p></div></div>" +
            "<div class=\"module\" id=\"m4\"><div class=\"row\"><p><a href=\"/a\">Berita lain tentang jalan raya dan lalu lintas kota yang ramai dibaca hari ini</a> <a href=\"/b\">Harga tiket bus kota naik mulai bulan depan menurut dinas perhubungan</a></p></div></div>" +
            "</div></body></html>";

        // When it is extracted, then the intro and closing rows join the main text, the row of links does not
        ShouldRead(html, ["Pembukaan:", "Penutup: pembangunan tahap berikutnya", "Warga menyambut baik"], ["Berita lain tentang jalan raya"]);
    }

    [Fact]
    public void Should_leave_out_picture_captions_and_credit_lines()
    {
        // Given an article with a figure caption and a caption box named by its class
        const string html = """
            <html><body><article>
              <p>Gunung itu kembali meletus pada Rabu dini hari, dan abu vulkanik turun di desa-desa sekitarnya hingga radius sepuluh kilometer.</p>
              <figure><img src="a.jpg"><figcaption>Kolom abu terlihat dari pos pengamatan, Rabu pagi.</figcaption></figure>
              <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Warga mengungsi ke balai desa.</p></div>
              <p>Petugas menutup jalur pendakian dan meminta warga menjauhi lereng selatan, sementara status gunung dinaikkan menjadi siaga.</p>
            </article></body></html>
            """;

        // When it is extracted, then the paragraphs are the body and the captions are not
        ShouldRead(html, ["kembali meletus", "status gunung dinaikkan"], ["Kolom abu terlihat", "Warga mengungsi ke balai desa"]);
    }

    [Fact]
    public void Should_read_ruby_text_without_its_readings_and_drop_widget_lines()
    {
        // Given a Japanese article with furigana readings, and a line of widgets under the post
        const string html = """
            <html><body><article>
              <p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができて、<ruby>子<rt>こ</rt></ruby>どもを<ruby>守<rt>まも</rt></ruby>ることになりました。新しい仕組みは来年から始まり、全国の相談所で使われます。相談の窓口も増えます。</p>
              <p>専門の職員を増やし、医者や保健師が意見を言うようにしました。弁護士を決めておくことも求められています。予算も増えました。</p>
              <p>Kommentarfeed | Kommentare geschlossen | Trackback-URL</p>
            </article></body></html>
            """;

        // When it is extracted, then the text reads without the readings and the widget line is gone
        ShouldRead(html, ["法律ができて、子どもを守ることになりました。"], ["ほうりつ", "Trackback"]);
    }

    [Fact]
    public void Should_take_prose_rows_nested_deep_inside_the_article_element()
    {
        // Given an <article> whose page builder nests each text column six wrappers deep, one row far from the main text
        var sentence = "Sekolah di desa itu kini punya perpustakaan baru, dengan ribuan buku cerita, meja baca, dan sudut komputer yang dibuka setiap sore untuk warga.";
        string Column(string text, string n) => $"<div class=\"vc_row r{n}\"><div class=\"col{n}\"><div class=\"inner{n}\"><div class=\"wrap{n}\"><div class=\"a{n}\"><div class=\"b{n}\"><div class=\"text{n}\">{text}</div></div></div></div></div></div></div>";
        var html = "<html><body><article><div class=\"entry-content\">" +
            Column($"<p>{sentence}</p><p>{sentence} Kepala sekolah bangga.</p><p>{sentence} Guru membantu.</p><p>{sentence} Anak-anak senang.</p>", "1") +
            Column("<p>Di akhir acara, para donatur berjanji menambah buku setiap tahun, dan relawan dari kota akan datang mengajar membaca dan menulis dua kali sebulan, mulai bulan depan.</p>", "2") +
            "</div></article></body></html>";

        // When it is extracted, then the far row is part of the body
        ShouldRead(html, ["Anak-anak senang", "para donatur berjanji"], []);
    }

    [Fact]
    public void Should_take_the_lead_the_page_keeps_in_its_header_apart_from_the_body()
    {
        // Given an article whose short lead sits in a header box beside the share links, apart from the body's rows
        var sentence = "Harga beras di pasar induk turun untuk pekan ketiga, karena panen raya di sentra produksi, kata pedagang, dan pasokan dari gudang masih lancar.";
        var html = "<html><body><article><header class=\"head\"><h1>Harga beras turun</h1>" +
            "<div class=\"article-summary\"><p>Pedagang menyebut harga turun seribu rupiah sekilo sejak awal bulan.</p></div>" +
            "<div class=\"tools\"><a href=\"/s1\">Bagikan ke teman dan keluarga</a> <a href=\"/s2\">Kirim lewat pesan</a></div></header>" +
            $"<div class=\"main\"><div class=\"text\"><p>{sentence}</p><p>{sentence} Pembeli senang.</p><p>{sentence} Stok cukup.</p><p>{sentence} Kios ramai.</p></div></div>" +
            "</article></body></html>";

        // When it is extracted, then the lead opens the body and the share links are not in it
        var a = ShouldRead(html, ["Kios ramai"], ["Bagikan ke teman"]);
        a.Body.ShouldStartWith("Pedagang menyebut harga turun");
    }

    [Fact]
    public void Should_keep_a_table_whose_class_names_its_own_header_style()
    {
        // Given a recipe whose ingredient table is styled "table-header", beside its steps
        const string html = """
            <html><body><article>
              <table class="ingredients table-header"><thead><tr><th><h3>Untuk adonan kulit:</h3></th></tr></thead>
              <tbody><tr><td>250 g</td><td>tepung terigu serbaguna</td></tr><tr><td>2 butir</td><td>telur ayam kampung</td></tr></tbody></table>
              <p>Campur tepung dan telur, uleni sampai kalis, lalu diamkan adonan selama tiga puluh menit di suhu ruang, ditutup kain bersih.</p>
              <p>Giling adonan tipis-tipis, potong bulat, isi dengan sayuran, lalu lipat dan goreng sampai kuning keemasan di api sedang.</p>
            </article></body></html>
            """;

        // When it is extracted, then the table's rows are in the body with the steps
        ShouldRead(html, ["tepung terigu serbaguna", "goreng sampai kuning keemasan"], []);
    }

    [Fact]
    public void Should_drop_a_comments_section_named_in_indonesian_and_an_embedded_video_title()
    {
        // Given an article followed by a video embed and a "komentar" section
        const string html = """
            <html><body><article class="detail"><div class="detail__body">
            <p>Harga beras medium naik di tiga provinsi sepanjang pekan ini, menurut catatan badan pangan, dan pedagang memperkirakan kenaikan berlanjut.</p>
            <p>Pemerintah menyiapkan operasi pasar, dengan stok cadangan yang disebut cukup hingga akhir tahun, kata pejabat kementerian.</p>
            <div class="video-embed">[Video] Antrean Pembeli di Pasar Induk</div>
            </div>
            <div class="detail__komentar"><h3>Komentar</h3><p>Belum ada komentar. Jadilah yang pertama memberikan komentar di artikel ini.</p>
            <p>pembaca_setia semoga harga cepat turun lagi, kasihan para pedagang kecil di pasar.</p></div>
            </article></body></html>
            """;

        // When it is extracted
        // Then the article stays and the embed title and the comments are gone
        ShouldRead(html, ["Harga beras medium", "operasi pasar"], ["[Video]", "Belum ada komentar", "pembaca_setia"]);
    }
    [Fact]
    public void Should_keep_a_sentence_that_ends_with_the_words_of_a_like_button()
    {
        // Given a post whose sentence ends with "gefällt mir", and the like widget's own line
        const string html = """
            <html><body><article>
              <p>Der Lauf am Morgen ist kalt und dunkel, aber nach zwölf Monaten ist er Gewohnheit geworden, auch im Januar und bei Regen.</p>
              <p>Man fühlt sich danach irgendwie wie ein Badass – und das gefällt mir.</p>
              <p>Im Frühjahr kommt der erste Halbmarathon, mit Training dreimal die Woche und langen Läufen am Sonntag, wenn es das Wetter erlaubt.</p>
              <p>Gefällt mir Wird geladen...</p>
            </article></body></html>
            """;

        // When it is extracted, then the sentence stays and the widget line is gone
        ShouldRead(html, ["und das gefällt mir."], ["Wird geladen"]);
    }

    [Fact]
    public void Should_drop_an_advertiser_disclosure_inside_the_article()
    {
        // Given an article opening with an affiliate disclosure paragraph and a disclosure box
        const string html = """
            <html><body><article><div class="article-content">
              <p class="disclosure-text">We recommend the best products through an independent review process, and advertisers do not influence our picks.</p>
              <section class="editorial-disclosure"><p>This post contains references to products from one or more of our advertisers, and we may be paid.</p></section>
              <p>The exchange lowered its trading fees for small accounts on Monday, after a year in which volumes fell by half, the company said.</p>
              <p>Customers who trade less than ten thousand dollars a month will pay a flat rate, while larger accounts keep the old tiers for now.</p>
            </div></article></body></html>
            """;

        // When it is extracted, then the article stays and both notices are gone
        ShouldRead(html, ["lowered its trading fees", "keep the old tiers"], ["We recommend the best products", "references to products"]);
    }
    [Fact]
    public void Should_take_the_lead_kept_beside_the_body_inside_the_outer_article_element()
    {
        // Given an <article> holding a lead box and, three wrappers down, the marked article body beside a line of tags
        var sentence = "Pemerintah provinsi membuka sekolah penerbangan baru di bandara kota, dengan simulator, hanggar, dan asrama untuk dua ratus siswa setiap tahun.";
        var html = "<html><body><article><div class=\"standfirst-box\"><div class=\"standfirst\"><p>Sekolah lama ditutup setelah tiga puluh tahun, dan penggantinya dibuka bulan ini.</p></div></div>" +
            "<div class=\"wrap\"><div class=\"inner\"><div class=\"entry-content\"><div class=\"meta\"><a href=\"/t\">Pendidikan</a></div>" +
            $"<div class=\"text\"><p>{sentence}</p><p>{sentence} Siswa senang.</p><p>{sentence} Guru siap.</p><p>{sentence} Biaya ringan.</p></div>" +
            "</div></div></div></article></body></html>";

        // When it is extracted, then the lead opens the body
        var a = ShouldRead(html, ["Biaya ringan"], []);
        a.Body.ShouldStartWith("Sekolah lama ditutup");
    }

    [Fact]
    public void Should_drop_a_caption_known_only_by_the_credit_it_ends_with()
    {
        // Given an article with two captions in plain paragraphs, each ending with the picture's credit
        const string html = """
            <html><body><article>
              <p>Das Hermelin wechselt im Herbst sein Fell, und im Winter ist es im Schnee kaum zu sehen, sagen die Fachleute des Verbands.</p>
              <p><img src="h.jpg"> Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)</p>
              <p>Lee Elder sprach Tiger Woods vor der Finalrunde Mut zu. | © Augusta National/Getty Images</p>
              <p>Im Sommer ist es braun, nur die Schwanzspitze bleibt das ganze Jahr schwarz, und so erkennt man es auch aus der Ferne.</p>
            </article></body></html>
            """;

        // When it is extracted, then the text stays and both captions are gone
        ShouldRead(html, ["wechselt im Herbst", "Schwanzspitze bleibt"], ["gut getarnt", "Getty Images"]);
    }
    [Fact]
    public void Should_drop_an_inline_caption_a_legend_box_and_a_read_on_label()
    {
        // Given an article with a caption set as a strong inside the picture's paragraph, a legend box and a "Weiterlesen:" label
        const string html = """
            <html><body><article>
              <p>Vor dem Haus in der Altstadt wurden am Freitag drei Stolpersteine verlegt, im Beisein von Nachbarn, Schülern und Gästen aus der Stadt.</p>
              <p><img src="s.jpg"><strong class="caption">Die Organisatorinnen mit dem Künstler vor dem Haus</strong></p>
              <div class="legend"><div class="content">Die Steine erinnern an drei Frauen, die hier wohnten.</div></div>
              <p>Weiterlesen:</p>
              <p>Die Initiative will im nächsten Jahr weitere Steine verlegen lassen, sobald die Archive die Lebenswege der Frauen bestätigt haben.</p>
            </article></body></html>
            """;

        // When it is extracted, then the text stays and the caption, the legend and the label are gone
        ShouldRead(html, ["drei Stolpersteine verlegt", "weitere Steine verlegen"], ["Organisatorinnen", "erinnern an drei Frauen", "Weiterlesen"]);
    }

    [Fact]
    public void Should_take_a_sentence_long_heading_beside_the_body_as_its_lead()
    {
        // Given an <article> whose standfirst is an <h2> a sentence long, beside the body's wrapper
        var sentence = "Der Stadtrat hat am Dienstag den neuen Busplan beschlossen, mit dichteren Takten, zwei neuen Linien und längeren Fahrzeiten am Abend.";
        var html = "<html><body><article><h1>Neuer Busplan</h1>" +
            "<h2>Ab dem Sommer fahren die Busse in der Innenstadt alle zehn Minuten, und zwei Vororte bekommen erstmals eine <a href=\"/linie\">eigene Linie</a></h2>" +
            $"<div class=\"text\"><p>{sentence}</p><p>{sentence} Die Kosten trägt die Stadt.</p><p>{sentence} Der Verband lobt den Plan.</p><p>{sentence} Gebaut wird ab Mai.</p></div>" +
            "<h3>Mehr aus der Region</h3></article></body></html>";

        // When it is extracted, then the heading opens the body
        var a = ShouldRead(html, ["Kosten trägt die Stadt"], []);
        a.Body.ShouldStartWith("Ab dem Sommer fahren die Busse");
    }

    [Fact]
    public void Should_drop_the_headline_under_a_section_label_set_as_a_heading()
    {
        // Given a page whose headline heading follows a section label set as a heading too
        var sentence = "Die Gemeinde pflanzt im Herbst zweihundert Bäume entlang der Hauptstraße, gespendet von Anwohnern, Vereinen und zwei Betrieben.";
        var html = "<html><head><title>Zweihundert neue Bäume | Umwelt | Stadtblatt</title><meta property=\"og:title\" content=\"Zweihundert neue Bäume\"></head><body><div class=\"col\">" +
            "<h4>Umwelt</h4><h1>Zweihundert neue Bäume</h1>" +
            $"<p>{sentence}</p><p>{sentence} Gegossen wird von Freiwilligen.</p><p>{sentence} Die Pflege übernimmt der Bauhof.</p></div></body></html>";

        // When it is extracted, then the text stays and the headline is not repeated in it
        var a = ShouldRead(html, ["Gegossen wird von Freiwilligen"], []);
        a.Title.ShouldBe("Zweihundert neue Bäume");
        a.Body.ShouldNotContain("Zweihundert neue Bäume");
    }

    [Fact]
    public void Should_drop_a_stamp_line_with_its_time_and_a_time_alone_but_keep_a_stamp_without_time()
    {
        // Given an article with a labelled stamp carrying a time, a bare time, and a labelled day without time
        const string html = """
            <html><body><article>
              <p>Pubblicato il 3 marzo 2021 Ultima modifica 3 marzo 2021 18:40</p>
              <p>7:15 PM</p>
              <p>Il consiglio comunale ha approvato il nuovo piano dei parcheggi, con tariffe più basse per i residenti e più posti per le biciclette in centro.</p>
              <p>Le nuove regole entrano in vigore a maggio, dopo un mese di prova nelle due piazze principali, secondo quanto comunicato dal sindaco.</p>
              <p>Published 2 May 2021</p>
            </article></body></html>
            """;

        // When it is extracted, then the stamp with its time and the bare time are gone, the plain day stays
        ShouldRead(html, ["nuovo piano dei parcheggi", "Published 2 May 2021"], ["Ultima modifica", "7:15 PM"]);
    }

    [Fact]
    public void Should_drop_a_breadcrumb_and_a_post_meta_line_set_as_paragraphs()
    {
        // Given a blog post whose breadcrumb trail and "posted in" line are paragraphs with those classes
        const string html = """
            <html><body><div class="hentry">
              <p class="breadcrumb-navigation"><a href="/">Start</a> » <a href="/c">Aus den Vereinen</a></p>
              <p>Der Sportverein hat sein neues Vereinsheim eröffnet, mit Umkleiden, einer kleinen Küche und einem Raum für die Jugendgruppen des Orts.</p>
              <p>Gebaut wurde zwei Jahre lang, vor allem von Mitgliedern, an Wochenenden und in den Ferien, mit Spenden aus dem ganzen Dorf.</p>
              <p class="postmetadata">Dieser Eintrag wurde am Freitag veröffentlicht und unter Vereine abgelegt.</p>
            </div></body></html>
            """;

        // When it is extracted, then the text stays and both lines are gone
        ShouldRead(html, ["neues Vereinsheim eröffnet", "Spenden aus dem ganzen Dorf"], ["Aus den Vereinen", "unter Vereine abgelegt"]);
    }

    [Fact]
    public void Should_cut_the_contact_box_that_closes_a_press_release()
    {
        // Given a press release closing with a contact label, names, an office and a number
        const string html = """
            <html><body><article>
              <p>Das Institut hat ein neues Messnetz für Feinstaub in Betrieb genommen, mit vierzig Stationen in der Stadt und im Umland, die jede Minute melden.</p>
              <p>Die Daten stehen ab sofort öffentlich bereit, und Schulen können sie im Unterricht nutzen, sagt die Leiterin des Projekts bei der Vorstellung.</p>
              <p>Kontakt:</p>
              <p>Dr. Erika Beispiel</p>
              <p>Institut für Luftforschung</p>
              <p>Telefon +49 (0)30 / 12 34 56</p>
            </article></body></html>
            """;

        // When it is extracted, then the text stays and the contact box is gone
        ShouldRead(html, ["neues Messnetz", "im Unterricht nutzen"], ["Kontakt", "Erika Beispiel", "Telefon"]);
    }

    [Fact]
    public void Should_keep_a_contact_label_followed_by_running_text()
    {
        // Given an article whose contact label is followed by a paragraph of running text
        const string html = """
            <html><body><article>
              <p>Die Bibliothek verlängert ihre Öffnungszeiten im Winter, abends bis zweiundzwanzig Uhr und samstags bis achtzehn Uhr, für alle Leser.</p>
              <p>Kontakt:</p>
              <p>Wer Fragen zu den neuen Zeiten hat, kann sich an die Auskunft im Erdgeschoss wenden, die jeden Tag besetzt ist, auch an den langen Abenden im Winter und an den Samstagen vor den Feiertagen.</p>
            </article></body></html>
            """;

        // When it is extracted, then the paragraph after the label stays
        ShouldRead(html, ["Öffnungszeiten im Winter", "Auskunft im Erdgeschoss"], []);
    }

    [Theory]
    [InlineData("sommario")]
    [InlineData("nota-sumario")]
    [InlineData("bajada")]
    public void Should_take_the_lead_the_page_names_in_italian_or_spanish(string cls)
    {
        // Given an article whose lead sits in a header box named as the summary in Italian or Spanish
        var sentence = "Il comune ha aperto una nuova biblioteca nel quartiere nord, con una sala studio, un giardino e una sezione dedicata ai ragazzi delle scuole.";
        var html = "<html><body><article><header class=\"head\"><h1>Nuova biblioteca</h1>" +
            $"<div class=\"{cls}\"><p>Aperta sette giorni su sette, anche la sera, con ingresso libero per tutti.</p></div></header>" +
            $"<div class=\"main\"><div class=\"text\"><p>{sentence}</p><p>{sentence} I lettori sono contenti.</p><p>{sentence} I libri sono nuovi.</p><p>{sentence} Il bar apre presto.</p></div></div>" +
            "</article></body></html>";

        // When it is extracted, then the lead opens the body
        var a = ShouldRead(html, ["Il bar apre presto"], []);
        a.Body.ShouldStartWith("Aperta sette giorni su sette");
    }

    [Fact]
    public void Should_drop_the_publishers_appeal_for_support_but_keep_news_about_a_paywall()
    {
        // Given an article about a paywall, closed by the site's own appeals for support
        const string html = """
            <html><body><article>
              <p>Die Regionalzeitung führt im Mai eine Bezahlschranke ein, sagte der Verlag am Montag, und nur die Polizeimeldungen bleiben frei lesbar.</p>
              <p>Abonnenten zahlen neun Euro im Monat, Schüler die Hälfte, und wer die gedruckte Ausgabe hat, liest auch online ohne Aufpreis weiter.</p>
              <p>Magst du unsere Seite? Wir haben uns gegen eine Paywall entschieden, damit alle mitlesen können.</p>
              <p>Unterstütze unsere Redaktion schon mit einem Euro im Monat!</p>
              <p>Support our reporting with a small gift today.</p>
            </article></body></html>
            """;

        // When it is extracted, then the news stays and the appeals are gone
        ShouldRead(html, ["führt im Mai eine Bezahlschranke ein", "ohne Aufpreis"], ["Magst du unsere Seite", "Unterstütze unsere Redaktion", "Support our reporting"]);
    }
}
