using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Liputan.Documents;
using Liputan.Extraction.Encoding;
using Liputan.Extraction.Metadata;
using Liputan.Extraction.Text;

namespace Liputan.Extraction.Html;

/// <summary>
/// Extracts the article from an HTML page: decodes it with its own charset, parses it with
/// AngleSharp, reads the metadata (<see cref="HtmlMetadata"/>) and picks the main content by
/// content scoring. Pages over <see cref="MaxBytes"/> are cut there. Immutable and thread-safe.
/// </summary>
public sealed partial class HtmlExtractor
{
    /// <summary>Pages larger than this are cut to this many bytes before parsing.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Fewer characters of running text than this in the scored content means the fallback is tried.</summary>
    private const int MinArticleChars = 200;

    /// <summary>The JSON-LD article body replaces the scored content when it is this many times longer.</summary>
    private const double StatedGrowth = 1.5;

    private readonly OutletDirectory _outlets;

    /// <summary>An extractor over the given outlet table.</summary>
    public HtmlExtractor(OutletDirectory? outlets = null) => _outlets = outlets ?? OutletDirectory.Default;

    /// <summary>Decodes, parses and extracts; a failure carries the reason.</summary>
    public ExtractionResult Extract(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var html = Decode(raw.Content.Span, raw.ContentType, out var failure);
        if (html is null)
        {
            return ExtractionResult.Fail(failure!);
        }

        return Extract(html, raw.SourcePath ?? raw.SourceUrl?.ToString(), raw.SourceUrl, raw.FetchedAt);
    }

    /// <summary>Decodes page bytes: BOM, HTTP charset, meta charset, then the fallback detector.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string? contentType, out string? failure)
    {
        if (bytes.Length > MaxBytes)
        {
            bytes = bytes[..MaxBytes];
        }

        var decoded = TextDecoder.Decode(bytes, HtmlCharset.Find(bytes, contentType));
        if (decoded.Success)
        {
            failure = null;
            return decoded.Text;
        }

        if (bytes.IsEmpty || decoded.FailureReason!.Contains("binary", StringComparison.Ordinal))
        {
            failure = decoded.FailureReason;
            return null;
        }

        // Markup that is mostly UTF-8 with a few bad bytes: keep it, bad bytes become U+FFFD.
        failure = null;
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Reads only the metadata of a page (title, authors, dates…).</summary>
    public static HtmlMetadata ReadMetadata(string html, Uri? pageUrl, DateTimeOffset reference)
    {
        ArgumentNullException.ThrowIfNull(html);
        return HtmlMetadataReader.Read(Parse(html), pageUrl, reference);
    }

    /// <summary>Extracts from already decoded markup.</summary>
    public ExtractionResult Extract(string html, string? source = null, Uri? sourceUrl = null, DateTimeOffset? reference = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxBytes)
        {
            html = html[..MaxBytes];
        }

        var doc = Parse(html);
        var body = doc.Body;
        if (body is null || body.ChildNodes.Length == 0)
        {
            return ExtractionResult.Fail("no article found: the HTML page has an empty body");
        }

        var meta = HtmlMetadataReader.Read(doc, sourceUrl, reference ?? DateTimeOffset.UtcNow);
        var root = PickRoot(body);
        var blocks = ContentScorer.Blocks(root);
        var chosen = ContentScorer.Select(root, blocks);
        if (TextLength(chosen) < MinArticleChars)
        {
            // As Readability retries: class and id hints may have removed the article's own wrapper.
            var all = ContentScorer.Blocks(root, useHints: false);
            var again = ContentScorer.Select(root, all);
            if (TextLength(again) > TextLength(chosen))
            {
                blocks = all;
                chosen = again;
            }
        }

        if (TextLength(chosen) < MinArticleChars)
        {
            var running = ContentScorer.RunningText(blocks);
            if (running.Sum(b => b.Text.Length) > chosen.Sum(b => b.Text.Length))
            {
                chosen = running;
            }
        }

        // The body the page states in its JSON-LD, when it is much longer than what scoring found.
        var stated = StructuredBody.Paragraphs(meta.StatedBody);
        var statedChars = stated.Sum(t => t.Length);
        if (statedChars >= MinArticleChars && statedChars > TextLength(chosen) * StatedGrowth)
        {
            chosen = stated.Select(t => new TextBlock(root, t, 0, ParagraphKind.Text, 0)).ToList();
        }

        // Recipe pages often keep the ingredients in a box apart from the steps: the ones the page
        // states in its JSON-LD come first when most of them are missing from what scoring found.
        var ingredients = meta.StatedIngredients;
        if (ingredients.Count > 0)
        {
            var found = string.Join("\n", chosen.Select(b => b.Text));
            if (ingredients.Count(i => found.Contains(i, StringComparison.Ordinal)) * 2 < ingredients.Count)
            {
                chosen = [.. ingredients.Select(t => new TextBlock(root, t, 0, ParagraphKind.ListItem, 0)), .. chosen];
            }
        }

        var paragraphs = ToParagraphs(chosen, meta.Title, meta.Authors);
        WithoutContactBox(paragraphs);
        if (!paragraphs.Any(p => p.Kind != ParagraphKind.Heading && p.Text.Length >= 20))
        {
            return ExtractionResult.Fail(blocks.Count == 0
                ? "no article found: the HTML page has no text outside navigation, scripts and boilerplate"
                : "no article found: no block of the HTML page reads as running text");
        }

        string? dateline = null;
        string? datelineOutlet = null;
        if (FindDateline(paragraphs) is { } opening)
        {
            var (at, dl) = opening;
            dateline = dl.Dateline;
            datelineOutlet = dl.OutletToken;
            paragraphs[at] = (paragraphs[at].Text[dl.PrefixLength..], ParagraphKind.Text);
        }

        var (text, spans) = ArticleAssembler.Join(paragraphs);
        var url = meta.CanonicalUrl ?? sourceUrl;
        var hash = ArticleAssembler.ContentHash(text);
        var article = new Article
        {
            Id = ArticleId.For(url, hash),
            CanonicalUrl = url,
            Source = source,
            // The name the page shows is looked for (logo, footer: a walk of the page) only for a host the table does not know.
            Outlet = FindOutlet(url, meta.SiteName, () => HtmlMetadataReader.ShownSiteName(doc, sourceUrl ?? meta.CanonicalUrl), datelineOutlet),
            Title = meta.Title,
            Description = meta.Description,
            Authors = meta.Authors,
            Editor = meta.Editor,
            Published = meta.Published,
            Modified = meta.Modified,
            Language = LanguageGuesser.Guess(text),
            Dateline = dateline,
            Body = text,
            Paragraphs = spans,
            ContentHash = hash,
        };
        return new ExtractionResult(article, null);
    }

    /// <summary>Lines of a contact box are names, offices and numbers: none is longer than this.</summary>
    private const int MaxContactLine = 150;

    // A press release or an institute's news item closes with its contact box: a "Contact:" label,
    // then names, offices and telephone numbers, which are the sender's details, not the text.
    // Cut from the label on, only when every line after it is that short.
    private static void WithoutContactBox(List<(string Text, ParagraphKind Kind)> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i > 0; i--)
        {
            var text = paragraphs[i].Text;
            if (text.Length > MaxContactLine)
            {
                return;
            }

            if (ContactLabel().IsMatch(text))
            {
                paragraphs.RemoveRange(i, paragraphs.Count - i);
                return;
            }
        }
    }

    [GeneratedRegex(@"^(?:kontakt|contact|contacts|pressekontakt|medienkontakt|press contact|media contacts?|ansprechpartner(?:in|innen)?(?: [\p{L} ]{0,30})?|kontak|narahubung|contacto|contatti|contact presse)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactLabel();

    /// <summary>Paragraphs of header matter (a standfirst, a credit) a dateline may follow.</summary>
    private const int MaxLeadBeforeDateline = 2;

    /// <summary>Longer than this, a paragraph above the dateline is story text, not header matter.</summary>
    private const int MaxLeadChars = 250;

    // The dateline opens the first paragraph of the story, which short header lines the article
    // region keeps (a standfirst, a credit) may precede. The standfirst stays: a lead is part of
    // the article (dropping the text above a dateline lowered body recall on the eval's test half).
    private static (int At, (string Dateline, int PrefixLength, string? OutletToken) Found)? FindDateline(List<(string Text, ParagraphKind Kind)> paragraphs)
    {
        var leads = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (text, kind) = paragraphs[i];
            if (kind != ParagraphKind.Text)
            {
                continue;
            }

            if (DatelineParser.Find(text) is { } dl)
            {
                return (i, dl);
            }

            if (text.Length > MaxLeadChars || ++leads > MaxLeadBeforeDateline)
            {
                return null;
            }
        }

        return null;
    }

    private static int TextLength(List<TextBlock> blocks) => blocks.Sum(b => b.Kind == ParagraphKind.Heading ? 0 : b.Text.Length);

    private static IDocument Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
        return parser.ParseDocument(html);
    }

    // An <article> or <main> that holds most of the page's paragraphs narrows the search.
    private static IElement PickRoot(IElement body) => body;

    private static List<(string Text, ParagraphKind Kind)> ToParagraphs(List<TextBlock> blocks, string? title, IReadOnlyList<string> authors)
    {
        var result = new List<(string, ParagraphKind)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var headingsOnly = true;
        foreach (var b in blocks)
        {
            var t = b.Text;
            // The headline, kept in its own field; a kicker or section label set as a heading
            // above it ("Environment", "Politics") does not make it part of the text.
            if (b.Kind == ParagraphKind.Heading && title is not null && headingsOnly && string.Equals(t, title, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (t.Length > 40 && !seen.Add(t))
            {
                continue;
            }

            t = WithoutChromeLines(t, authors);
            if (t.Length == 0)
            {
                continue;
            }

            result.Add((t, b.Kind));
            headingsOnly &= b.Kind == ParagraphKind.Heading;
        }

        return result;
    }

    // The article region still holds the lines a saved page's classifier knows as furniture: the
    // byline and date stamp above the text, "Baca juga" links and pitches inside it, the sign-off
    // initials and "Pewarta:"/"Editor:" lines below it. Read line by line: a <br> joins them in one block.
    private static string WithoutChromeLines(string text, IReadOnlyList<string> authors)
    {
        if (text.Length > 600 && !text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var kept = lines.Where(l => l.Length > 600 || l.Trim() is var t && !(IsChromeLine(t) || IsAuthorsLine(t, authors))).ToList();
        return kept.Count == lines.Length ? text : string.Join('\n', kept).Trim();
    }

    /// <summary>At most this many words of outlet or desk may follow the names in a byline line.</summary>
    private const int MaxBylineTailWords = 3;

    // The header's byline inside the article region, known by the authors the metadata found
    // there: their names, then at most an outlet or desk after a dash ("A, B - Desk"). Names
    // followed by words without a dash are a sentence about the author, and stay.
    internal static bool IsAuthorsLine(string line, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0 || line.Length > 160)
        {
            return false;
        }

        var at = 0;
        var named = 0;
        while (at < line.Length)
        {
            var rest = line.AsSpan(at).TrimStart(" ,;&");
            if (rest.StartsWith("dan ", StringComparison.Ordinal) || rest.StartsWith("and ", StringComparison.Ordinal))
            {
                rest = rest[4..];
            }

            var name = FirstNameAt(rest, authors);
            if (name is null)
            {
                break;
            }

            named++;
            at = line.Length - rest.Length + name.Length;
        }

        if (named == 0)
        {
            return false;
        }

        var tail = line.AsSpan(at).Trim();
        if (tail.IsEmpty)
        {
            return true;
        }

        if (tail[0] is not ('-' or '–' or '—' or '|'))
        {
            return false;
        }

        tail = tail[1..].Trim();
        var words = tail.Count(' ') + 1;
        return words <= MaxBylineTailWords && !tail.EndsWith(".", StringComparison.Ordinal);
    }

    // The author whose whole name opens the text ("Budi" does not open "Budiman").
    private static string? FirstNameAt(ReadOnlySpan<char> text, IReadOnlyList<string> authors)
    {
        foreach (var a in authors)
        {
            if (a.Length > 0 && text.StartsWith(a, StringComparison.Ordinal) && (text.Length == a.Length || !char.IsLetterOrDigit(text[a.Length])))
            {
                return a;
            }
        }

        return null;
    }

    // Footers and captions the scorer knows by their markup; a date alone counts as the page's stamp
    // only with its time ("Selasa, 3 Desember 2024 11:05 WIT"), not an event's day ("Termin: 29.02.2020").
    private static bool IsChromeLine(string line) => SavedPageExtractor.ClassifyByPattern(new SavedLine(0, line)) switch
    {
        LineKind.Text or LineKind.Footer or LineKind.Caption => false,
        LineKind.DateStamp => DateStampParser.Parse(line) is { HasTime: true },
        _ => true,
    };

    private Outlet? FindOutlet(Uri? url, string? siteName, Func<string?> shownName, string? datelineOutlet)
    {
        if (url is not null && url.IsAbsoluteUri && !string.IsNullOrEmpty(url.Host))
        {
            var e = _outlets.FindByHost(url.Host);
            if (e is not null)
            {
                return new Outlet(e.Name, e.Domain, "url");
            }

            var host = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;
            return siteName is not null ? new Outlet(siteName, host.ToLowerInvariant(), "og:site_name")
                : shownName() is { } shown ? new Outlet(shown, host.ToLowerInvariant(), "page")
                : new Outlet(host, host.ToLowerInvariant(), "url");
        }

        foreach (var token in new[] { siteName, datelineOutlet })
        {
            if (token is not null && _outlets.FindByAlias(token) is { } e)
            {
                return new Outlet(e.Name, e.Domain, "page");
            }
        }

        return siteName is not null ? new Outlet(siteName, null, "og:site_name") : null;
    }
}
