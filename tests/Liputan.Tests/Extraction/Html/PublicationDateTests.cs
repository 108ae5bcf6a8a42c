using System.Globalization;
using AngleSharp.Html.Parser;
using Liputan.Extraction.Html;

namespace Liputan.Tests.Extraction.Html;

public sealed class PublicationDateTests
{
    private static readonly DateTimeOffset Reference = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static string? Published(string html, string? url = null) =>
        HtmlExtractor.ReadMetadata(html, url is null ? null : new Uri(url), Reference).Published is { } d
            ? d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    [Fact]
    public void Should_prefer_the_day_in_the_url_over_a_structured_date_of_another_day()
    {
        // Given a page whose meta tag (in UTC) falls on the day after the one its URL names
        const string html = """<html><head><meta property="article:published_time" content="2023-11-09T03:28:35Z"></head><body><p>Teks.</p></body></html>""";

        // When its date is read
        var day = Published(html, "https://news.example.com/2023/11/08/story-title/");

        // Then it is the URL's day
        day.ShouldBe("2023-11-08");
    }

    [Fact]
    public void Should_keep_the_time_of_the_structured_date_on_the_urls_day()
    {
        // Given a dated URL and a JSON-LD date with time and zone on that day
        const string html = """<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-12-31T16:49:00+07:00"}</script></head><body><p>Teks.</p></body></html>""";

        // When the metadata is read
        var m = HtmlExtractor.ReadMetadata(html, new Uri("https://example.id/berita/2021/12/31/judul"), Reference);

        // Then the time and zone are kept
        m.Published!.ToIso().ShouldBe("2021-12-31T16:49:00+07:00");
    }

    [Fact]
    public void Should_give_a_utc_timestamp_the_day_the_page_shows_in_its_own_zone()
    {
        // Given a UTC published time and the same instant in a <time> element with the local offset
        const string html = """
            <html><head><meta property="article:published_time" content="2023-11-09T06:35:29+00:00"></head>
            <body><p><time datetime="2023-11-08T22:35:29-08:00">Nov 8, 2023 / 10:35 PM PST</time></p></body></html>
            """;

        // When its date is read
        var day = Published(html);

        // Then it is the local day
        day.ShouldBe("2023-11-08");
    }

    [Fact]
    public void Should_prefer_a_time_element_over_a_generic_date_meta_tag()
    {
        // Given a generic "date" meta tag (often the day the page was generated) and a <time> in the article
        const string html = """
            <html><head><meta name="date" content="2020-04-30"></head>
            <body><ul><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li></ul><p>Text.</p></body></html>
            """;

        // When its date is read
        var day = Published(html);

        // Then it is the <time>'s
        day.ShouldBe("2020-04-29");
    }

    [Theory]
    [InlineData("<p>Datum:</p><p>26. Januar 2022</p>", "2022-01-26")]
    [InlineData("<p>Publié le 3 mars 2020</p>", "2020-03-03")]
    [InlineData("<p>Publicado el 17 de marzo de 2020</p>", "2020-03-17")]
    [InlineData("<p>Letzte Änderung: 31.10.2023</p><p>Erschienen am: 01.11.2023</p>", "2023-11-01")]
    public void Should_read_dates_written_in_the_text_in_european_languages(string body, string expected)
    {
        // Given a page with a date only in its text
        var html = "<html><body>" + body + "</body></html>";

        // When its date is read
        var day = Published(html);

        // Then it is found, the labelled publication day before an update
        day.ShouldBe(expected);
    }

    [Fact]
    public void Should_read_a_date_glued_to_the_next_word()
    {
        // Given list items whose text runs together ("…2022Ausgabejahr")
        const string html = "<html><body><ul><li>26. Januar 2022</li><li>Ausgabejahr: 2022</li></ul></body></html>";

        // When its date is read
        var day = Published(html);

        // Then the date is still found
        day.ShouldBe("2022-01-26");
    }

    [Fact]
    public void Should_read_a_two_digit_year_in_an_element_classed_as_a_date()
    {
        // Given a date element with a two-digit year
        const string html = """<html><body><div class="date"> Party, 30.10.23 </div><p>Text.</p></body></html>""";

        // When its date is read
        var day = Published(html);

        // Then the year is read in this century
        day.ShouldBe("2023-10-30");
    }

    [Fact]
    public void Should_not_take_the_bodys_own_classes_for_a_boilerplate_region()
    {
        // Given a date element in a page whose body class names a layout without sidebar
        const string html = """<html><body class="single no-sidebar"><article><div class="meta-date"> 19.11.2021</div><p>Text.</p></article></body></html>""";

        // When its date is read
        var day = Published(html);

        // Then the date element is read
        day.ShouldBe("2021-11-19");
    }

    [Fact]
    public void Should_gather_the_metadata_elements_in_document_order_in_one_walk()
    {
        // Given a page with meta tags, JSON-LD, an author element, dates and a canonical link
        const string html = """
            <html><head><meta name="a" content="1"><script type="application/ld+json">{}</script><script>var x;</script>
            <link rel="canonical" href="https://example.org/a"></head>
            <body><h1>Judul</h1><p class="byline author">Oleh Rina</p><time datetime="2021-01-01">1 Jan</time>
            <span itemprop="datePublished" content="2021-01-01"></span><div id="post-date">x</div></body></html>
            """;
        var doc = new HtmlParser().ParseDocument(html);

        // When the page is indexed
        var index = PageIndex.Build(doc);

        // Then each list holds its elements and nothing else
        index.Metas.Count.ShouldBe(1);
        index.LdScripts.Count.ShouldBe(1);
        index.Canonical!.GetAttribute("href").ShouldBe("https://example.org/a");
        index.H1s.Count.ShouldBe(1);
        index.AuthorElements.Single().TextContent.ShouldBe("Oleh Rina");
        index.Times.Count.ShouldBe(1);
        index.StructuredDates.Count.ShouldBe(1);
        index.DateClassed.Select(e => e.Id).ShouldContain("post-date");
        index.BylineCandidates.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("Veröffentlicht vonChris Jung", "Chris Jung")]
    [InlineData("Luke Kemp 11 February 2020", "Luke Kemp")]
    [InlineData("lupa am 26/10/13, 03:48 pm", "lupa")]
    public void Should_clean_labels_and_dates_off_an_author_name(string byline, string expected)
    {
        // Given a page whose author element holds a label or a date beside the name
        var html = "<html><body><span class=\"author\">" + byline + "</span><p>Text.</p></body></html>";

        // When its metadata is read
        var m = HtmlExtractor.ReadMetadata(html, null, Reference);

        // Then the author is the name alone
        m.Authors.ShouldBe([expected]);
    }

    [Theory]
    [InlineData("<title>Alles hat seine Zeit... | Mein Blog</title>", "<h1>Alles hat seine Zeit…</h1>", "Alles hat seine Zeit…")]
    [InlineData("<title>Alles Neue mach der Mai | Bibliothek 2.0 und mehr</title>", "", "Alles Neue mach der Mai")]
    public void Should_take_the_headline_as_the_page_shows_it_without_the_site_name(string head, string h1, string expected)
    {
        // Given a title with a site name, and maybe the headline in an h1 with its own typography
        var html = "<html><head>" + head + "</head><body>" + h1 + "<p>Text.</p></body></html>";

        // When its metadata is read
        var m = HtmlExtractor.ReadMetadata(html, null, Reference);

        // Then the title is the headline
        m.Title.ShouldBe(expected);
    }

    [Theory]
    [InlineData("https://example.org/news/some-story-20200113", "2020-01-13")]
    [InlineData("https://example.org/media/reports/29-10-2021", "2021-10-29")]
    [InlineData("https://example.org/2019_06_14_title.html", "2019-06-14")]
    public void Should_read_the_day_a_url_spells_in_its_other_forms(string url, string expected)
    {
        // Given a page with no date but the one its address spells
        const string html = "<html><body><p>Text.</p></body></html>";

        // When its metadata is read
        var day = Published(html, url);

        // Then that day is the publication date
        day.ShouldBe(expected);
    }

    [Fact]
    public void Should_not_read_a_long_number_in_a_url_as_a_date()
    {
        // Given an address whose article number starts like a year
        const string html = "<html><body><p>Text.</p></body></html>";

        // When its metadata is read
        var day = Published(html, "https://example.org/news/201912311234567/story");

        // Then no date comes from it
        day.ShouldBeNull();
    }

    [Fact]
    public void Should_take_the_date_of_the_canonical_address_when_the_page_address_has_none()
    {
        // Given a syndicated copy whose canonical link names the original's day
        const string html = """<html><head><link rel="canonical" href="https://origin.example.com/world/story-title-20200113"></head><body><p>Text.</p></body></html>""";

        // When its metadata is read
        var day = Published(html, "https://copy.example.net/news/263700449/story-title");

        // Then the canonical address's day is taken
        day.ShouldBe("2020-01-13");
    }

    [Theory]
    [InlineData("2020年07月03日", "2020-07-03")]
    [InlineData("2020年7月3日(金)", "2020-07-03")]
    [InlineData("2020년 7월 3일", "2020-07-03")]
    public void Should_read_year_month_day_dates_of_chinese_japanese_and_korean_pages(string text, string expected)
    {
        // Given a page whose only date is written with the year, month and day signs
        var html = "<html><body><div class=\"entry-top-info\"><span class=\"entry-top-info-time\">" + text + "</span></div><p>Text.</p></body></html>";

        // When its metadata is read
        var day = Published(html);

        // Then that day is the publication date
        day.ShouldBe(expected);
    }

    [Fact]
    public void Should_take_the_update_day_when_the_page_shows_it_and_not_the_publication_day()
    {
        // Given structured data with an older publication and a newer update, and a page that shows only the update's day
        const string html = """
            <html><head><script type="application/ld+json">{"@type":"Article","datePublished":"2021-01-01T11:00:00Z","dateModified":"2023-04-01T10:00:00Z"}</script></head>
            <body><h1>Headline</h1><p class="info">01.04.2023, 12:00 Uhr</p><p>Text.</p></body></html>
            """;

        // When its metadata is read
        var day = Published(html);

        // Then the day the page shows is its date
        day.ShouldBe("2023-04-01");
    }

    [Theory]
    [InlineData("<p>12 January 2021 · updated 3 March 2023</p>")]
    [InlineData("<p>No date shown.</p>")]
    [InlineData("<script>var d = '2023-03-03';</script>")]
    public void Should_keep_the_publication_day_unless_the_page_shows_only_the_update_day(string shown)
    {
        // Given structured data with an older publication and a newer update, and a page that shows both days, or none
        var html = """<html><head><meta property="article:published_time" content="2021-01-12T08:00:00+01:00"><meta property="article:modified_time" content="2023-03-03T09:00:00+01:00"></head><body><h1>Headline</h1>""" +
                   shown + "<p>Text.</p></body></html>";

        // When its metadata is read
        var day = Published(html);

        // Then the publication day stays
        day.ShouldBe("2021-01-12");
    }

    [Fact]
    public void Should_prefer_a_date_the_text_labels_as_the_publication_over_a_generic_date_tag()
    {
        // Given a generic date tag (the day the page was generated) and a labelled date in markup of its own
        const string html = """
            <html><head><meta name="DC.date" content="2021-10-15"></head>
            <body><h1>Headline</h1><p>Text.</p><div><span class="sub">Erschienen am:</span>
                <h2 class="headline">
                    13.10.2021
                </h2></div></body></html>
            """;

        // When its metadata is read
        var day = Published(html);

        // Then the labelled day is the publication date
        day.ShouldBe("2021-10-13");
    }

    [Fact]
    public void Should_keep_a_structured_date_over_a_labelled_one()
    {
        // Given a publication meta tag and a labelled date of another day in the text
        const string html = """<html><head><meta property="article:published_time" content="2021-10-12T08:00:00+02:00"></head><body><p>Published on 13.10.2021</p></body></html>""";

        // When its metadata is read
        var day = Published(html);

        // Then the structured date stays
        day.ShouldBe("2021-10-12");
    }

    [Theory]
    [InlineData("", "2021-12-20")]
    [InlineData("<span class=\"date\">27.01.2022</span>", "2022-01-27")]
    [InlineData("<span class=\"date\">27.01.2022</span><p>Stand 20.12.2021</p>", "2021-12-20")]
    public void Should_take_a_generic_date_tag_over_the_page_own_date_elements_only_when_the_page_shows_its_day(string shown, string expected)
    {
        // Given a generic date tag and maybe a date element of another day, and maybe the tag's day in the text
        var html = """<html><head><meta name="date" content="2021-12-20T11:02:44+01:00"></head><body><h1>Headline</h1>""" + shown + "<p>Text.</p></body></html>";

        // When its metadata is read
        var day = Published(html);

        // Then the tag wins when its day is shown or nothing else dates the page, the date element otherwise
        day.ShouldBe(expected);
    }

    [Theory]
    [InlineData("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07")]
    [InlineData("15 حزيران 2021", "2021-06-15")]
    public void Should_read_arabic_month_names_in_a_date_tag(string value, string expected)
    {
        // Given a publication tag written with an Arabic month name
        var html = "<html><head><meta property=\"article:published_time\" content=\"" + value + "\"></head><body><p>نص.</p></body></html>";

        // When its metadata is read
        var day = Published(html);

        // Then the day is read
        day.ShouldBe(expected);
    }

    [Theory]
    [InlineData("<p>Stand: 28.04.2020 18:00 Uhr</p>", "2020-04-28")]
    [InlineData("<p>[Stand: 09.10.2017, 01:40 Uhr]</p>", "2017-10-09")]
    [InlineData("<p>Die Liste (Stand: 28.04.2020) zählt 40 Orte.</p>", "2020-04-29")]
    public void Should_take_the_date_a_german_page_heads_as_its_stand_but_not_one_in_parentheses(string text, string expected)
    {
        // Given a generic date tag of the next day and a "Stand:" date, maybe in parentheses after a figure
        var html = """<html><head><meta name="date" content="2020-04-29T11:52:23"></head><body><h1>Schlagzeile</h1>""" + text + "<p>Am 29. April 2020 berichtete das Radio.</p></body></html>";

        // When its metadata is read
        var day = Published(html);

        // Then the page's "Stand" is its date; a parenthesised one dates only the figure
        day.ShouldBe(expected);
    }

    [Fact]
    public void Should_read_a_slashed_american_date_tag_month_first_when_it_cannot_be_day_first()
    {
        // Given microdata with a creation day the page never shows and an update day the page shows, month first
        const string html = """
            <html><head><meta itemprop="dateCreated" content="01/01/2004"><meta itemprop="dateModified" content="06/13/2019"></head>
            <body><h1>Cake</h1><p>By Kitchens Updated June 13, 2019</p><p>Text.</p></body></html>
            """;

        // When its date is read
        var day = Published(html);

        // Then the update tag is read month first, and its shown day is the page's
        day.ShouldBe("2019-06-13");
    }

    [Fact]
    public void Should_ignore_a_published_time_element_in_a_related_posts_list()
    {
        // Given a related post's <time class="published"> before the article's own date element
        const string html = """
            <html><body><article><h1>Headline</h1><p class="post-byline">von X · <span class="published">31. Oktober 2023</span></p><p>Text.</p></article>
            <ul><li class="related"><h4>Other</h4><time class="published updated" datetime="2020-12-03 07:32:49">3. Dezember 2020</time></li></ul></body></html>
            """;

        // When its date is read
        var day = Published(html);

        // Then the article's own date is taken
        day.ShouldBe("2023-10-31");
    }

    [Theory]
    [InlineData("<p>Follow · Dec 9, 2019 · 6 min read</p>", "2019-12-09")]
    [InlineData("<p>No date shown.</p>", "2019-12-12")]
    public void Should_take_among_disagreeing_structured_dates_the_one_the_page_shows(string shown, string expected)
    {
        // Given a publication meta tag and a JSON-LD publication date of another day
        var html = """
            <html><head><meta property="article:published_time" content="2019-12-12T21:17:43Z">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-12-09T22:25:10Z"}</script></head>
            <body><h1>Headline</h1>
            """ + shown + "<p>Text.</p></body></html>";

        // When its date is read
        var day = Published(html);

        // Then the day the page shows wins; with none shown the meta tag stays first
        day.ShouldBe(expected);
    }

    [Theory]
    [InlineData("<h1>Headline</h1><div class=\"wp-caption\">FILE PHOTO: The president near Orleans, France, January 16, 2020. REUTERS</div><p>January 18, 2020</p>", "2020-01-18")]
    [InlineData("<p class=\"category\"> 24. April 2020 | <a href=\"/presse\">Pressemitteilungen</a></p><h1>Headline</h1>", "2020-04-24")]
    [InlineData("<h1>Headline</h1><p>Bis einschließlich 9. November 2021 registrierte die Polizei 1.246 Einreisen.</p>", "2017-02-28")]
    public void Should_take_a_date_standing_alone_beside_the_headline_over_earlier_dates_in_the_text(string article, string expected)
    {
        // Given a menu entry with a date before the article, and maybe a stamp of its own by the headline
        var html = "<html><body><ul class=\"main-nav\"><li><a href=\"/r\">Vergütungsregeln (zum 28.02.2017 gekündigt)</a></li></ul>" + article + "<p>Text.</p></body></html>";

        // When its date is read
        var day = Published(html);

        // Then the stamp by the headline wins; a date in a sentence there is no stamp
        day.ShouldBe(expected);
    }

    [Theory]
    [InlineData("""<meta property="photos:uploaded" content="2013-02-16T04:36:36-05:00">""")]
    [InlineData("""<meta itemprop="uploadDate" content="2013-02-16">""")]
    public void Should_read_an_upload_date_tag_as_the_publication_of_a_media_page(string tag)
    {
        // Given a photo page whose only date is its upload tag, in an app's own namespace or as microdata
        var html = "<html><head>" + tag + "</head><body><h1>Spring in China</h1><p>Photo.</p></body></html>";

        // When its date is read
        var day = Published(html);

        // Then the upload day is the publication date
        day.ShouldBe("2013-02-16");
    }

    [Theory]
    [InlineData("", "2020-01-14")]
    [InlineData("<p>Pubblicato il 10 gennaio 2020</p>", "2020-01-10")]
    public void Should_take_the_descriptions_date_only_when_nothing_else_dates_the_page(string shown, string expected)
    {
        // Given a description naming the item's day, and maybe a date in the page's text
        var html = """<html><head><meta name="description" content="ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)"></head><body><h1>Orso</h1>""" +
                   shown + "<p>Testo.</p></body></html>";

        // When its date is read
        var day = Published(html);

        // Then the description dates the page only as a last resort
        day.ShouldBe(expected);
    }

    [Theory]
    [InlineData("MediaWiki 1.39.3", "2020-01-29")]
    [InlineData("WordPress 6.4", "2020-02-05")]
    public void Should_date_a_wiki_page_by_its_last_edit(string generator, string expected)
    {
        // Given a wiki page naming a future meeting in its text and its last edit in the footer
        var html = "<html><head><meta name=\"generator\" content=\"" + generator + "\"></head><body><h1>Stammtisch</h1>" +
                   "<p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt.</p>" +
                   "<ul id=\"footer-info\"><li id=\"footer-info-lastmod\"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></body></html>";

        // When its date is read
        var day = Published(html);

        // Then a MediaWiki page is dated by its last edit; another page's footer id means nothing
        day.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Seit 4. August 2014 ist dort ein neues Gesetz in Kraft.")]
    [InlineData("The road stays closed until 3 May 2020, the city said.")]
    [InlineData("Aturan itu berlaku sejak 4 Agustus 2014 di seluruh provinsi.")]
    public void Should_not_date_a_page_by_a_date_bounding_a_period_in_its_text(string sentence)
    {
        // Given a text whose first date bounds a period ("since", "until") and a later update stamp
        var html = "<html><body><p>" + sentence + "</p><p>Aktualisiert: 30.12.2016</p></body></html>";

        // When its date is read
        var day = Published(html);

        // Then the stamp is taken
        day.ShouldBe("2016-12-30");
    }
}
