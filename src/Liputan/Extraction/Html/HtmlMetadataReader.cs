using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Liputan.Documents;
using Liputan.Extraction.Metadata;

namespace Liputan.Extraction.Html;

/// <summary>
/// Reads title, authors, dates, site name and canonical URL from a parsed page: JSON-LD
/// (NewsArticle, Article, ReportageNewsArticle, BlogPosting…), OpenGraph and other meta tags,
/// <c>&lt;time datetime&gt;</c>, then heuristics (the URL's date path, elements whose class
/// names a date or an author, date patterns in the text, Indonesian bylines). Dates before
/// 1995 or after the reference time are never taken.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
        "publishdate", "publish-date", "publish_date", "pubdate", "published_time", "published-date", "article_date_original",
        "original-publish-date", "dc.date.issued", "dcterms.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date",
        "citation_date", "rnews:datepublished", "cxenseparse:recs:publishtime", "datecreated", "date_published", "displaydate",
        "content_create_date", "release_date", "article.published", "og:pubdate", "pdate", "ptime", "article_date", "bt:pubdate",
    ];

    // Generic date tags: content systems often fill them with the day the page was generated or edited.
    private static readonly string[] WeakPublishedMeta =
    [
        "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "date", "dc:date", "created", "timestamp",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:updated_time", "datemodified", "dateupdated", "last-modified", "lastmod", "dcterms.modified",
        "dc.date.modified", "article.updated", "modified_time", "parsely-updated", "updated_time", "article:updated_time",
    ];

    private static readonly string[] AuthorMeta =
    [
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "byl",
        "twitter:creator", "article:author_name", "og:article:author", "authors", "content_author",
    ];

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "DiscussionForumPosting",
    };

    /// <summary>Reads the metadata of <paramref name="doc"/>.</summary>
    public static HtmlMetadata Read(IDocument doc, Uri? pageUrl, DateTimeOffset reference)
    {
        var index = PageIndex.Build(doc);
        var meta = MetaTags(index);
        var ld = JsonLd(index);
        var site = Clean(Get(meta, "og:site_name", "application-name", "publisher", "twitter:site")?.TrimStart('@')) ?? ld.Publisher;
        var title = FindTitle(index, doc, meta, ld, site);
        var canonical = Absolute(index.Canonical?.GetAttribute("href"), pageUrl) ?? Absolute(Get(meta, "og:url"), pageUrl) ?? pageUrl;
        var (authors, editor) = FindAuthors(index, meta, ld, site);
        var modified = Valid(ParseDate(ld.Modified), reference) ?? Valid(ParseDate(Get(meta, ModifiedMeta)), reference);
        var published = FindPublished(index, doc, meta, ld, pageUrl, canonical, modified, reference);
        published = WithShownTime(published, index, doc, reference);
        return new HtmlMetadata
        {
            Title = title,
            Description = Clean(Get(meta, "og:description", "description", "twitter:description")),
            CanonicalUrl = canonical,
            SiteName = site,
            Authors = authors,
            Editor = editor,
            Published = published ?? modified,
            Modified = modified,
            StatedBody = ld.ArticleBody,
            StatedIngredients = ld.Ingredients,
        };
    }

    private static Dictionary<string, string> MetaTags(PageIndex index)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in index.Metas)
        {
            var content = m.GetAttribute("content") ?? m.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attr in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = m.GetAttribute(attr);
                if (!string.IsNullOrWhiteSpace(key))
                {
                    d.TryAdd(key.Trim(), content.Trim());
                }
            }
        }

        return d;
    }

    private static string? Get(Dictionary<string, string> meta, params ReadOnlySpan<string> keys)
    {
        foreach (var k in keys)
        {
            if (meta.TryGetValue(k, out var v) && v.Length > 0)
            {
                return v;
            }
        }

        return null;
    }

    private sealed class LdInfo
    {
        public string? Headline { get; set; }

        public string? Published { get; set; }

        public string? Modified { get; set; }

        public List<string> Authors { get; } = [];

        // Authors given only by reference ({"@id": "…#author"}), and the name of every node with an id:
        // Yoast-style graphs state the person once and point to it from the article.
        public List<string> AuthorRefs { get; } = [];

        public Dictionary<string, string> NameOfId { get; } = new(StringComparer.Ordinal);

        public List<string> PageAuthors { get; } = [];

        public List<string> PageAuthorRefs { get; } = [];

        public string? Publisher { get; set; }

        public string? AnyPublished { get; set; }

        public string? ArticleBody { get; set; }

        public List<string> Ingredients { get; } = [];
    }

    // Each block is parsed once for the metadata and for the article body and recipe ingredients
    // the extractor falls back on; the body may come from blocks too large to read for metadata.
    private static LdInfo JsonLd(PageIndex index)
    {
        var info = new LdInfo();
        foreach (var s in index.LdScripts)
        {
            var text = s.TextContent;
            var forMeta = text.Length <= 500_000;
            var forBody = text.Length <= StructuredBody.MaxScriptChars && text.Contains("articleBody", StringComparison.Ordinal);
            var forRecipe = text.Length <= StructuredBody.MaxScriptChars && text.Contains("recipeIngredient", StringComparison.Ordinal);
            if (!forMeta && !forBody && !forRecipe)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (forMeta)
                {
                    Walk(json.RootElement, info, 0);
                }

                if (forBody)
                {
                    var body = info.ArticleBody;
                    StructuredBody.LongestBody(json.RootElement, ref body, 0);
                    info.ArticleBody = body;
                }

                if (forRecipe)
                {
                    StructuredBody.CollectIngredients(json.RootElement, info.Ingredients, 0);
                }
            }
            catch (JsonException)
            {
                // Broken structured data is common; the meta tags and heuristics still run.
            }
        }

        if (info.Authors.Count == 0)
        {
            info.Authors.AddRange(info.AuthorRefs.Select(r => info.NameOfId.GetValueOrDefault(r)).OfType<string>());
        }

        if (info.Authors.Count == 0)
        {
            info.Authors.AddRange(info.PageAuthors.Concat(info.PageAuthorRefs.Select(r => info.NameOfId.GetValueOrDefault(r)).OfType<string>()));
        }

        return info;
    }

    private static void Walk(JsonElement e, LdInfo info, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
            {
                Walk(x, info, depth + 1);
            }

            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (e.TryGetProperty("@graph", out var graph))
        {
            Walk(graph, info, depth + 1);
        }

        if (Str(e, "@id") is { } id && Str(e, "name") is { } named)
        {
            info.NameOfId.TryAdd(id, named);
        }

        var isArticle = e.TryGetProperty("@type", out var type) && Types(type).Any(ArticleTypes.Contains);
        if (e.TryGetProperty("datePublished", out var anyDp) && anyDp.ValueKind == JsonValueKind.String)
        {
            info.AnyPublished ??= anyDp.GetString();
        }
        else if (e.TryGetProperty("uploadDate", out var upload) && upload.ValueKind == JsonValueKind.String)
        {
            // A video page's VideoObject gives its publication as the upload date.
            info.AnyPublished ??= upload.GetString();
        }

        if (!isArticle)
        {
            // Some graphs give the author on the WebPage node only: taken when no article node names one.
            if (info.PageAuthors.Count == 0 && Types(type).Contains("WebPage") && e.TryGetProperty("author", out var pageAuthor))
            {
                Names(pageAuthor, info.PageAuthors, 0, info.PageAuthorRefs);
            }

            if (e.TryGetProperty("mainEntity", out var main))
            {
                Walk(main, info, depth + 1);
            }

            return;
        }

        if (info.Headline is null && Str(e, "headline") is { } h)
        {
            info.Headline = h;
        }

        info.Published ??= Str(e, "datePublished") ?? Str(e, "dateCreated");
        info.Modified ??= Str(e, "dateModified");
        if (info.Authors.Count == 0 && e.TryGetProperty("author", out var author))
        {
            Names(author, info.Authors, 0, info.AuthorRefs);
        }

        if (info.Publisher is null && e.TryGetProperty("publisher", out var pub))
        {
            var names = new List<string>();
            Names(pub, names, 0);
            info.Publisher = names.FirstOrDefault();
        }
    }

    private static IEnumerable<string> Types(JsonElement type) =>
        type.ValueKind == JsonValueKind.String ? [type.GetString() ?? string.Empty]
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? string.Empty)
        : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static void Names(JsonElement e, List<string> into, int depth, List<string>? refs = null)
    {
        if (depth > 3)
        {
            return;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                into.Add(e.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    Names(x, into, depth + 1, refs);
                }

                break;
            case JsonValueKind.Object:
                if (Str(e, "name") is { } n)
                {
                    into.Add(n);
                }
                else if (Str(e, "@id") is { } id)
                {
                    refs?.Add(id);
                }

                break;
        }
    }

    private static string? FindTitle(PageIndex index, IDocument doc, Dictionary<string, string> meta, LdInfo ld, string? site)
    {
        var singleH1 = index.H1s.Count == 1 ? index.H1s[0].TextContent : null;
        var candidates = new[] { Get(meta, "og:title"), ld.Headline, Get(meta, "twitter:title", "dc.title", "headline"), singleH1, doc.Title };
        foreach (var c in candidates)
        {
            var t = Clean(c);
            if (t is not null && t.Length > 2)
            {
                // The page's one h1 inside a longer title ("Section | Headline - Site") is the headline.
                // The same words with the page's own typography („quotes“, dashes, ellipses) are the headline as shown.
                var h1 = Clean(singleH1);
                if (h1 is not null && h1.Length >= 8 && Fold(t).Contains(Fold(h1), StringComparison.Ordinal))
                {
                    return h1;
                }

                return StripSite(t, site);
            }
        }

        return null;
    }

    /// <summary>Longer than this, a name shown on the page is a tagline or a sentence.</summary>
    private const int MaxShownNameChars = 60;

    // A site that states no name still shows it: after the headline in the title, as the logo's
    // alt text, in the footer's "© 2024 Name". Any of these is the name only when its letters spell
    // one of the host's labels ("Warta Contoh" for wartacontoh.co.id): a section name or a tagline does not.
    internal static string? ShownSiteName(IDocument doc, Uri? pageUrl)
    {
        if (pageUrl is null || !pageUrl.IsAbsoluteUri || string.IsNullOrEmpty(pageUrl.Host))
        {
            return null;
        }

        var labels = pageUrl.Host.ToLowerInvariant().Split('.').Where(l => l.Length >= 4 && l != "www").ToHashSet(StringComparer.Ordinal);
        if (labels.Count == 0)
        {
            return null;
        }

        bool Spells(string? name) => name is { Length: > 0 and <= MaxShownNameChars } && labels.Contains(Fold(name));

        var title = Clean(doc.Title);
        if (title is not null && SiteSuffix().Match(title) is { Success: true } m && Clean(m.Groups["tail"].Value) is { } tail && Spells(tail))
        {
            return tail;
        }

        foreach (var img in doc.QuerySelectorAll("img[alt]"))
        {
            if (Clean(img.GetAttribute("alt")) is { } alt && Spells(alt))
            {
                return alt;
            }
        }

        foreach (Match c in CopyrightName().Matches(doc.Body?.TextContent ?? string.Empty))
        {
            if (Clean(c.Groups["name"].Value) is { } name && Spells(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Letters and digits only, lower case: text compared without its punctuation and typography.</summary>
    private static string Fold(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>"Headline - Site", "Headline | Site" → "Headline".</summary>
    public static string StripSite(string title, string? site)
    {
        var m = SiteSuffix().Match(title);
        if (!m.Success)
        {
            return title;
        }

        var head = title[..m.Index].Trim();
        var tail = m.Groups["tail"].Value.Trim();
        var tailWords = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var headWords = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var isSite = site is not null && (tail.Contains(site, StringComparison.OrdinalIgnoreCase) || site.Contains(tail, StringComparison.OrdinalIgnoreCase));
        // A bar is the usual separator before a site's name; a dash also joins headline parts, so it needs a longer head.
        var bar = m.Value.TrimStart()[0] == '|';
        if (isSite || (tailWords <= 4 && headWords >= tailWords + 2) || (bar && tailWords <= 6 && headWords >= 2) || OutletDirectory.LooksLikeDomain(tail))
        {
            return StripSite(head, site);
        }

        return title;
    }

    private static (IReadOnlyList<string> Authors, string? Editor) FindAuthors(PageIndex index, Dictionary<string, string> meta, LdInfo ld, string? site)
    {
        var authors = ld.Authors.Select(Clean).OfType<string>().Where(a => IsPerson(a, site)).Distinct(StringComparer.Ordinal).ToList();
        if (authors.Count == 0 && Get(meta, AuthorMeta) is { } ma && IsPerson(ma, site))
        {
            authors.AddRange(SplitAuthors(CleanAuthor(ma)));
        }

        if (authors.Count == 0)
        {
            foreach (var el in index.AuthorElements)
            {
                var name = el.QuerySelector("[itemprop=name]")?.TextContent ?? el.TextContent;
                var c = Clean(name);
                if (c is null || c.Length > 80)
                {
                    continue;
                }

                var byline = BylineParser.Parse(c);
                if (byline is { Authors.Count: > 0 })
                {
                    authors.AddRange(byline.Authors);
                    break;
                }

                c = CleanAuthor(c);
                if (c.Length > 2 && IsPerson(c, site) && c.Split(' ').Length <= 5)
                {
                    authors.Add(c);
                    break;
                }
            }
        }

        string? editor = null;
        foreach (var el in index.BylineCandidates)
        {
            if (el.ChildElementCount > 4)
            {
                continue;
            }

            // Bylines start with their label: most elements are ruled out by their first words alone.
            if (LeadingText(el) is not { } lead || !BylineLabel().IsMatch(lead))
            {
                continue;
            }

            var text = BoundedText(el, 160, lineBreaks: true);
            if (text is null || text.Length < 6 || !BylineLabel().IsMatch(text))
            {
                continue;
            }

            // A sign-off block gives one label a line ("Pewarta: A<br>Editor: B"): each line is its own byline.
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (BylineParser.Parse(TextNormalizer.CollapseSpaces(line)) is not { } b)
                {
                    continue;
                }

                if (authors.Count == 0 && b.Authors.Count > 0)
                {
                    authors.AddRange(b.Authors);
                }

                editor ??= b.Editor;
            }

            if (authors.Count > 0 && editor is not null)
            {
                break;
            }
        }

        return (authors.Distinct(StringComparer.Ordinal).ToList(), editor);
    }

    // "Andi Wijaya, Budi Santoso": several people in one meta tag. A part of one word is no
    // person's full name ("Doe, John", "Name, City"): then the tag is kept whole.
    private static string[] SplitAuthors(string names)
    {
        var parts = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts.All(p => p.Contains(' ', StringComparison.Ordinal) && BylineParser.LooksLikeName(p)) ? parts : [names];
    }

    /// <summary>The first text of an element that is not white space (its first words), or null.</summary>
    private static string? LeadingText(IElement el)
    {
        var n = el.FirstChild;
        for (var steps = 0; n is not null && steps < 64; steps++)
        {
            if (n is IText t)
            {
                if (!string.IsNullOrWhiteSpace(t.Data))
                {
                    return t.Data;
                }

                n = NextInOrder(t, el);
            }
            else
            {
                n = n.FirstChild ?? NextInOrder(n, el);
            }
        }

        return null;
    }

    // The next node in document order after n's own subtree, not leaving root (null: the document).
    private static INode? NextInOrder(INode? n, IElement? root)
    {
        for (var x = n; x is not null && !ReferenceEquals(x, root); x = x.Parent)
        {
            if (x.NextSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// The element's text, or null once it passes <paramref name="max"/> characters: reading the
    /// whole text of every wrapper only to find it too long made the metadata pass quadratic.
    /// With <paramref name="lineBreaks"/>, a <c>&lt;br&gt;</c> gives a new line.
    /// </summary>
    internal static string? BoundedText(IElement el, int max, bool lineBreaks = false)
    {
        var first = el.FirstChild;
        if (first is IText only && first.NextSibling is null)
        {
            return only.Data.Length > max ? null : lineBreaks ? SourceBreaksAsSpaces(only.Data) : only.Data;
        }

        var sb = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        for (var c = el.LastChild; c is not null; c = c.PreviousSibling)
        {
            stack.Push(c);
        }

        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IText t)
            {
                sb.Append(lineBreaks ? SourceBreaksAsSpaces(t.Data) : t.Data);
                if (sb.Length > max)
                {
                    return null;
                }
            }
            else if (n is IElement e)
            {
                if (lineBreaks && e.LocalName == "br")
                {
                    sb.Append('\n');
                }

                for (var c = n.LastChild; c is not null; c = c.PreviousSibling)
                {
                    stack.Push(c);
                }
            }
        }

        return sb.ToString();
    }

    // The markup's own line breaks are white space to a reader; only <br> ends a line.
    private static string SourceBreaksAsSpaces(string text) => text.ReplaceLineEndings(" ");

    private static bool IsPerson(string a, string? site) =>
        a.Length > 1 && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !a.Contains('@', StringComparison.Ordinal) &&
        (site is null || !string.Equals(a, site, StringComparison.OrdinalIgnoreCase)) && !OutletDirectory.LooksLikeDomain(a);

    private static string CleanAuthor(string a)
    {
        var c = AuthorPrefix().Replace(TextNormalizer.CollapseSpaces(a), string.Empty);
        c = PostedBy().Replace(c, string.Empty);

        // "Luke Kemp 11 February 2020", "lupa am 26/10/13, 03:48 pm": the date written after the name is not part of it.
        var date = TrailingDate().Match(c);
        if (date.Success && date.Index >= 2)
        {
            c = c[..date.Index];
        }

        return c.Trim(' ', ',', '|', '-');
    }

    private static bool InsideBoilerplate(IElement e)
    {
        var steps = 0;
        // The body's own classes describe the page ("no-sidebar"), not a region of it.
        for (var x = e; x is not null && x.LocalName != "body" && steps < 60; x = x.ParentElement, steps++)
        {
            if (x.LocalName is "footer" or "aside" or "nav")
            {
                return true;
            }

            var hint = ContentScorer.Hint(x);
            if (hint.Length > 0 && BoilerHint().IsMatch(hint))
            {
                return true;
            }
        }

        return false;
    }

    private static DateValue? Valid(DateValue? d, DateTimeOffset reference) =>
        d is null || d.Value.Year < DateStampParser.MinYear || d.Value > reference.AddDays(1) ? null : d;

    /// <summary>The date a URL path spells (/2021/12/31/, /2021-12-31-, /20211231/, -20211231.html, /31-12-2021).</summary>
    public static DateValue? UrlDate(string path)
    {
        var m = UrlDatePattern().Match(path);
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return MakeDate(y, mo, d);
    }

    private static DateValue? MakeDate(int y, int mo, int d)
    {
        if (y < DateStampParser.MinYear || y > 2100 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        return new DateValue(new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero), false, false);
    }

    /// <summary>Parses a date in ISO form, the forms <see cref="DateStampParser"/> reads, or a day, month name and year in the major European languages.</summary>
    public static DateValue? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length > 300)
        {
            text = text[..300];
        }

        if (IsoStart().IsMatch(text) &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var iso))
        {
            var hasTime = text.Length > 10;
            var hasOffset = hasTime && OffsetEnd().IsMatch(text);
            // The calendar day as the page states it, in the page's own zone.
            return new DateValue(iso, hasTime, hasOffset);
        }

        if (DateStampParser.Parse(text, TimeSpan.Zero) is { } d)
        {
            return d;
        }

        if (EuropeanDate(text) is { } e)
        {
            return e;
        }

        if (CjkDate(text) is { } cjk)
        {
            return cjk;
        }

        var compact = Compact().Match(text);
        return compact.Success
            ? MakeDate(int.Parse(compact.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(compact.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(compact.Groups["d"].ValueSpan, CultureInfo.InvariantCulture))
            : null;
    }

    private static Uri? Absolute(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
        {
            return abs;
        }

        return baseUrl is not null && baseUrl.IsAbsoluteUri && Uri.TryCreate(baseUrl, href.Trim(), out var rel) ? rel : null;
    }

    /// <summary>Collapses spaces; null for empty.</summary>
    public static string? Clean(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var c = TextNormalizer.CollapseSpaces(System.Net.WebUtility.HtmlDecode(s));
        return c.Length == 0 ? null : c;
    }

    [GeneratedRegex(@"\s+(?:[-–—|·•»›:]|::)\s+(?<tail>(?:(?!\s[-–—|·•»›]\s).){2,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>[\p{L}\d][\p{L}\d .&'-]{1,60}?)(?=\s*(?:[.,|]|$|\n))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightName();

    [GeneratedRegex(@"^(?:veröffentlicht von|geschrieben von|verfasst von|posted by|written by|publié par|escrito por|scritto da|vom)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostedBy();

    [GeneratedRegex(@"(?:\s+(?:am|on|le|el|il|pada)\b)?\s*,?\s*[0-9]{1,2}(?:\.?\s*[A-Za-zäéû]{3,10}\.?\s+[0-9]{4}|[./-][0-9]{1,2}[./-][0-9]{2,4}).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^(?:by|von|par|oleh|penulis|reporter|author|autor|auteur|door|di|de)\s*[:]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPrefix();

    [GeneratedRegex(@"^\s*(?:Penulis|Reporter|Editor|Oleh|Penyunting|Redaktur|Pewarta|Kontributor|Von|Text von|Written by)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineLabel();

    [GeneratedRegex(@"publish|posted|entry-date|post-date|article-date|date-published|datePublished|created", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateHint();

    [GeneratedRegex(@"comment|related|sidebar|footer|widget|teaser|recommend|popular|archive|calendar", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerHint();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:199[5-9]|20[0-9]{2}))[/_-](?<m>[01]?[0-9])[/_-](?<d>[0-3]?[0-9])(?![0-9])|[/_-](?<y>(?:199[5-9]|20[0-9]{2}))(?<m>[01][0-9])(?<d>[0-3][0-9])(?=[/._-]|$)|(?<![0-9])(?<d>[0-3][0-9])[_-](?<m>[01][0-9])[_-](?<y>(?:199[5-9]|20[0-9]{2}))(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDatePattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"(?:Z|[+-][0-9]{2}:?[0-9]{2})$")]
    private static partial Regex OffsetEnd();

    [GeneratedRegex(@"^(?<y>(?:199[5-9]|20[0-9]{2}))(?<m>[01][0-9])(?<d>[0-3][0-9])")]
    private static partial Regex Compact();

    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}\.?\s*(?:de\s+)?[A-Za-zäöüéèûç]{3,10}\.?,?\s+(?:de\s+)?[0-9]{4})(?![0-9])|\b[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2},?\s+[0-9]{4}(?![0-9])|(?<![0-9])[0-9]{4}\s*[年년]\s*[0-9]{1,2}\s*[月월]\s*[0-9]{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex TextDate();
}
