using Liputan.Documents;
using Liputan.Extraction.Encoding;
using Liputan.Extraction.Metadata;

namespace Liputan.Extraction.Text;

/// <summary>
/// Extracts the article from a page saved as text (select-all, copy, save): classifies each
/// line as article or chrome, reads the metadata the chrome carries (URL, stamps, byline,
/// dateline, sign-off), and drops what is not the article. After jusText's idea that, once the
/// markup is gone, line length, punctuation and position still tell text from boilerplate.
/// </summary>
public sealed class SavedPageExtractor
{
    /// <summary>Pages longer than this many characters are cut there; the rest is not read.</summary>
    public const int MaxChars = 2_000_000;

    private const int HeaderLines = 18;

    private readonly OutletDirectory _outlets;

    /// <summary>An extractor over the given outlet table.</summary>
    public SavedPageExtractor(OutletDirectory? outlets = null) => _outlets = outlets ?? OutletDirectory.Default;

    /// <summary>Decodes and extracts; a failure carries the reason.</summary>
    public ExtractionResult Extract(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var decoded = TextDecoder.Decode(raw.Content.Span);
        if (!decoded.Success)
        {
            return ExtractionResult.Fail(decoded.FailureReason!);
        }

        return Extract(decoded.Text!, raw.SourcePath ?? raw.SourceUrl?.ToString(), raw.SourceUrl);
    }

    /// <summary>Extracts from already decoded text.</summary>
    public ExtractionResult Extract(string text, string? source = null, Uri? sourceUrl = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        var lines = SplitLines(TextNormalizer.NormalizePage(text));
        if (lines.Count == 0)
        {
            return ExtractionResult.Fail("no text on the page");
        }

        ClassifyByPattern(lines);
        var title = FindTitle(lines);
        var bodyStart = FindBodyStart(lines, title);
        var description = MarkHeader(lines, title, bodyStart);
        var dateline = MarkBody(lines, bodyStart, out var signOffOutlet);

        var paragraphs = new List<(string, ParagraphKind)>();
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Body)
            {
                paragraphs.Add((line.Text, ParagraphKind.Text));
            }
            else if (line.Kind == LineKind.Heading)
            {
                paragraphs.Add((line.Text, ParagraphKind.Heading));
            }
        }

        if (!paragraphs.Any(p => p.Item2 == ParagraphKind.Text))
        {
            return ExtractionResult.Fail("no article found: no line reads as article text (all navigation, captions or labels)");
        }

        var (body, spans) = ArticleAssembler.Join(paragraphs);
        var meta = ReadMetadata(lines);
        var url = meta.Url ?? sourceUrl;
        var outlet = FindOutlet(url, dateline?.OutletToken, meta, signOffOutlet, lines);
        var hash = ArticleAssembler.ContentHash(body);
        var article = new Article
        {
            Id = ArticleId.For(url, hash),
            CanonicalUrl = url,
            Source = source,
            Outlet = outlet,
            Title = title?.Text,
            Description = description?.Text,
            Authors = meta.Authors,
            Editor = meta.Editor,
            Published = meta.Published ?? InferredDate.FromText(body),
            Modified = meta.Modified,
            Language = LanguageGuesser.Guess(body),
            Dateline = dateline?.Dateline,
            Body = body,
            Paragraphs = spans,
            ContentHash = hash,
            PhotoCredits = meta.Credits,
        };
        return new ExtractionResult(article, null);
    }

    private static List<SavedLine> SplitLines(string text)
    {
        var result = new List<SavedLine>();
        var number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var t = text.AsSpan(range).Trim();
            // Bullets that saved pages keep from list markup are not part of the text.
            if (t.Length > 1 && t[0] is '•' or '·' or '▪' or '►' or '»' && char.IsWhiteSpace(t[1]))
            {
                t = t[1..].TrimStart();
            }

            if (!t.IsEmpty)
            {
                var line = new SavedLine(number, TextNormalizer.CollapseSpaces(t));
                if (LooksLikeMenu(t))
                {
                    line.Kind = LineKind.Navigation;
                }

                result.Add(line);
            }
        }

        return result;
    }

    // Menus survive copying as items separated by runs of spaces, pipes, bullets or breadcrumb arrows.
    private static bool LooksLikeMenu(ReadOnlySpan<char> line)
    {
        int gaps = 0, separators = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == ' ' && i + 2 < line.Length && line[i + 1] == ' ' && line[i + 2] == ' ')
            {
                gaps++;
                while (i + 1 < line.Length && line[i + 1] == ' ')
                {
                    i++;
                }
            }
            else if (c is '|' or '»' or '›' or '•' or '·')
            {
                separators++;
            }
        }

        return gaps >= 3 || separators >= 3 || (separators >= 1 && line.Length < 60 && (line.Contains('»') || line.Contains('›')));
    }

    private static void ClassifyByPattern(List<SavedLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Text)
            {
                line.Kind = ClassifyByPattern(line);
            }
        }
    }

    /// <summary>
    /// What the line's own words say it is: a byline, a date stamp, a link line, a pitch, a caption…;
    /// <see cref="LineKind.Text"/> when nothing marks it. Also read on the blocks of an HTML page's article region.
    /// </summary>
    internal static LineKind ClassifyByPattern(SavedLine line)
    {
        var t = line.Text;
        return ChromePatterns.UrlLine().IsMatch(t) ? LineKind.Url
            : ChromePatterns.Spam().IsMatch(t) ? LineKind.Spam
            : line.Words <= 20 && (BylineParser.IsBareLabel(t) || BylineParser.Parse(t) is not null) ? LineKind.Byline
            : line.Words <= 10 && !line.Terminated && DateStampParser.Parse(t) is not null ? LineKind.DateStamp
            : line.Words <= 8 && t.StartsWith('(') && DateStampParser.Parse(t) is not null ? LineKind.DateStamp
            : ChromePatterns.SectionLabel().IsMatch(t) ? LineKind.Navigation
            : ChromePatterns.Tags().IsMatch(t) ? LineKind.Tags
            : line.Words <= 40 && ChromePatterns.Related().IsMatch(t) ? LineKind.Related
            : line.Words <= 60 && ChromePatterns.Footer().IsMatch(t) ? LineKind.Footer
            : line.Words <= 60 && ChromePatterns.Pitch().IsMatch(t) ? LineKind.Pitch
            : line.Words <= 60 && ChromePatterns.Caption().IsMatch(t) ? LineKind.Caption
            : ChromePatterns.SignOffLine().IsMatch(t) ? LineKind.SignOff
            : LineKind.Text;
    }

    // A headline: among the first lines, not chrome, 3-30 words, not ending like a sentence with
    // a period, not opening with a dateline. Scored: the page repeats it (sites print it twice),
    // a byline, stamp or URL follows it; a menu-like run of capitalised words without any
    // lower-case word or punctuation counts against it.
    private static SavedLine? FindTitle(List<SavedLine> lines)
    {
        SavedLine? best = null;
        var bestScore = int.MinValue;
        var limit = Math.Min(lines.Count, HeaderLines + 6);
        for (var i = 0; i < limit; i++)
        {
            var l = lines[i];
            if (l.Kind != LineKind.Text)
            {
                continue;
            }

            if (l.Words >= 40)
            {
                break; // running text has begun
            }

            var t = l.Text.TrimEnd();
            if (l.Words is < 3 or > 30 || t.EndsWith('.') || t.EndsWith(',') || t.EndsWith(':') || l.StartsWithQuote || DatelineParser.Find(t) is not null)
            {
                continue;
            }

            var score = 0;
            if (lines.Any(o => !ReferenceEquals(o, l) && o.Key == l.Key))
            {
                score += 3;
            }

            // Saved pages often put the page URL right under the headline.
            if (i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Url)
            {
                score += 3;
            }
            else
            {
                for (var j = i + 1; j < Math.Min(lines.Count, i + 4); j++)
                {
                    if (lines[j].Kind is LineKind.Byline or LineKind.DateStamp or LineKind.Url)
                    {
                        score += 2;
                        break;
                    }
                }
            }

            if (l.Words >= 5)
            {
                score++;
            }

            if (LooksLikeMenuWords(t))
            {
                score -= 3;
            }

            if (score > bestScore)
            {
                best = l;
                bestScore = score;
            }
        }

        return best;
    }

    private static bool LooksLikeMenuWords(string text)
    {
        foreach (var c in text)
        {
            if (char.IsPunctuation(c) || char.IsDigit(c))
            {
                return false;
            }
        }

        foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLower(w[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static int FindBodyStart(List<SavedLine> lines, SavedLine? title)
    {
        var from = title is null ? 0 : lines.IndexOf(title) + 1;
        var limit = Math.Min(lines.Count, from + 25);
        var firstDateline = -1;
        for (var i = from; i < limit; i++)
        {
            var l = lines[i];
            if (l.Kind != LineKind.Text)
            {
                continue;
            }

            if (DatelineParser.Find(l.Text) is { } dl)
            {
                // Captions also open with capitals and a dash ("BANJIR GEDEBAGE - Warga …"); a
                // dateline that names the outlet is the article's, so it wins over an earlier one.
                if (dl.OutletToken is not null)
                {
                    return i;
                }

                if (firstDateline < 0)
                {
                    firstDateline = i;
                }

                continue;
            }

            if (l.Words >= 40)
            {
                break;
            }
        }

        if (firstDateline >= 0)
        {
            return firstDateline;
        }

        // No dateline: the body starts at the first sentence-like line after the last metadata
        // line of the header (stamps, byline, captions, a repeated title).
        var lastMeta = from - 1;
        for (var i = from; i < Math.Min(lines.Count, from + HeaderLines); i++)
        {
            var k = lines[i].Kind;
            if (k is LineKind.DateStamp or LineKind.Byline or LineKind.Url || (title is not null && lines[i].Key == title.Key))
            {
                lastMeta = i;
            }
        }

        for (var i = lastMeta + 1; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Kind == LineKind.Text && l.Terminated && l.Words >= 6)
            {
                return i;
            }
        }

        return Math.Max(0, lastMeta + 1);
    }

    // Everything before the body start is header: the first sentence-like line after the title
    // is the standfirst; the rest is navigation or photo widgets.
    private static SavedLine? MarkHeader(List<SavedLine> lines, SavedLine? title, int bodyStart)
    {
        SavedLine? description = null;
        var titleIndex = title is null ? -1 : lines.IndexOf(title);
        for (var i = 0; i < bodyStart; i++)
        {
            var l = lines[i];
            if (ReferenceEquals(l, title))
            {
                l.Kind = LineKind.Title;
                continue;
            }

            if (l.Kind != LineKind.Text)
            {
                continue;
            }

            if (title is not null && l.Key == title.Key)
            {
                l.Kind = LineKind.Repeated;
            }
            else if (i < titleIndex)
            {
                l.Kind = LineKind.Navigation;
            }
            else if (description is null && title is not null && l.Terminated && l.Words >= 6 && !l.StartsWithQuote)
            {
                l.Kind = LineKind.Description;
                description = l;
            }
            else
            {
                l.Kind = LineKind.Caption;
            }
        }

        if (title is not null)
        {
            foreach (var l in lines)
            {
                if (l.Kind == LineKind.Text && l.Key == title.Key)
                {
                    l.Kind = LineKind.Repeated;
                }
            }
        }

        return description;
    }

    private static (string Dateline, string? OutletToken)? MarkBody(List<SavedLine> lines, int bodyStart, out string? signOffOutlet)
    {
        signOffOutlet = null;
        (string, string?)? dateline = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var signedOff = false;
        var firstBody = true;
        for (var i = bodyStart; i < lines.Count; i++)
        {
            var l = lines[i];
            if (signedOff)
            {
                // After the sign-off only page furniture and spam follow.
                if (l.Kind is LineKind.Text)
                {
                    l.Kind = LineKind.Spam;
                }

                continue;
            }

            if (l.Kind == LineKind.SignOff)
            {
                var so = ChromePatterns.SignOffLine().Match(l.Text);
                signOffOutlet ??= so.Groups["outlet"].Success ? so.Groups["outlet"].Value : so.Groups["code"].Value;
                signedOff = true;
                continue;
            }

            if (l.Kind != LineKind.Text)
            {
                continue;
            }

            if (firstBody)
            {
                firstBody = false;
                var dl = DatelineParser.Find(l.Text);
                if (dl is not null)
                {
                    dateline = (dl.Value.Dateline, dl.Value.OutletToken);
                    l.Text = l.Text[dl.Value.PrefixLength..];
                }
            }

            // The sign-off comes off before the line is judged: "… pusat. (rin/ags)" ends a sentence.
            var tail = ChromePatterns.SignOffTail().Match(l.Text);
            if (tail.Success && l.Words > 3 && IsSignOff(l.Text, tail))
            {
                signOffOutlet ??= tail.Groups["outlet"].Success ? tail.Groups["outlet"].Value : null;
                var outletTail = tail.Groups["outlet"].Success;
                l.Text = l.Text[..tail.Index].TrimEnd();
                // "(ant/abc)" closes the article; "(31/12/2021)" or "(NATO)" inside text does not end
                // a line, so only a line-final code counts, and only an outlet tail or a code with
                // a slash or a star ends the article.
                signedOff = outletTail || tail.Groups["code"].Value.Contains('/', StringComparison.Ordinal) || tail.Groups["code"].Value.Contains('*', StringComparison.Ordinal);
            }

            if (!l.Terminated)
            {
                var next = NextText(lines, i);
                if (l.Words <= 7 && next is not null && next.Words >= 12 && !ChromePatterns.Caption().IsMatch(l.Text))
                {
                    l.Kind = LineKind.Heading;
                    continue;
                }

                if (l.Words <= 16)
                {
                    l.Kind = LineKind.Caption;
                    continue;
                }
            }

            if (!seen.Add(l.Key))
            {
                l.Kind = LineKind.Repeated;
                continue;
            }

            l.Kind = LineKind.Body;
        }

        return dateline;
    }

    // A tail is a sign-off only after a finished sentence, and only an outlet ("– Contoh.com") or
    // an editors' code ("(ant/abc)", "(rin)", "(*)"), never a date or an acronym ("(30/12/2021)", "(NATO)").
    private static bool IsSignOff(string text, System.Text.RegularExpressions.Match tail)
    {
        var before = text.AsSpan(0, tail.Index).TrimEnd();
        if (before.IsEmpty || before[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or '…'))
        {
            return false;
        }

        if (tail.Groups["outlet"].Success)
        {
            return true;
        }

        var code = tail.Groups["code"].Value;
        if (!code.Any(char.IsLetter) && !code.Contains('*', StringComparison.Ordinal))
        {
            return false;
        }

        return code.Contains('/', StringComparison.Ordinal) || code.Contains('*', StringComparison.Ordinal) || (code.Length <= 5 && code.All(c => char.IsLower(c)));
    }

    private static SavedLine? NextText(List<SavedLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind == LineKind.Text)
            {
                return lines[j];
            }

            if (lines[j].Kind is LineKind.Caption or LineKind.SignOff)
            {
                return null;
            }
        }

        return null;
    }

    private sealed record Metadata(Uri? Url, DateValue? Published, DateValue? Modified, IReadOnlyList<string> Authors, string? Editor, string? BylineOutlet, string? FooterDomain, IReadOnlyList<string> Credits);

    private static Metadata ReadMetadata(List<SavedLine> lines)
    {
        Uri? url = null;
        DateValue? published = null, modified = null;
        var authors = new List<string>();
        string? editor = null, bylineOutlet = null, footerDomain = null;
        var credits = new List<string>();
        var stamps = new List<(SavedLine Line, DateValue? Date)>();
        foreach (var l in lines)
        {
            switch (l.Kind)
            {
                case LineKind.Url when url is null:
                    var m = ChromePatterns.UrlLine().Match(l.Text);
                    if (Uri.TryCreate(m.Groups["url"].Value, UriKind.Absolute, out var u))
                    {
                        url = u;
                    }

                    break;
                case LineKind.DateStamp:
                    var d = DateStampParser.Parse(l.Text);
                    if (ChromePatterns.ModifiedWord().IsMatch(l.Text))
                    {
                        modified ??= d;
                    }
                    else
                    {
                        stamps.Add((l, d));
                    }

                    break;
                case LineKind.Byline:
                    var b = BylineParser.Parse(l.Text);
                    if (b is not null)
                    {
                        foreach (var a in b.Authors)
                        {
                            if (!authors.Contains(a, StringComparer.OrdinalIgnoreCase))
                            {
                                authors.Add(a);
                            }
                        }

                        editor ??= b.Editor;
                        bylineOutlet ??= b.OutletToken;
                        stamps.Add((l, DateStampParser.Parse(l.Text)));
                    }

                    break;
                case LineKind.Footer:
                    footerDomain ??= FirstDomain(l.Text);
                    break;
                case LineKind.Caption:
                    CaptionCredits.Collect(l.Text, credits);
                    break;
            }
        }

        published = PickPublished(lines, stamps);
        return new Metadata(url, published, modified, authors, editor, bylineOutlet, footerDomain, credits);
    }

    // Site headers print today's date above the menu; the article's own stamp stands after the
    // headline and usually gives a time. Prefer that one.
    private static DateValue? PickPublished(List<SavedLine> lines, List<(SavedLine Line, DateValue? Date)> stamps)
    {
        var titleIndex = lines.FindIndex(l => l.Kind == LineKind.Title);
        DateValue? best = null;
        var bestScore = -1;
        foreach (var (line, date) in stamps)
        {
            if (date is null)
            {
                continue;
            }

            var score = (titleIndex >= 0 && lines.IndexOf(line) > titleIndex ? 2 : 0) + (date.HasTime ? 1 : 0);
            if (score > bestScore)
            {
                best = date;
                bestScore = score;
            }
        }

        return best;
    }

    private Outlet? FindOutlet(Uri? url, string? datelineOutlet, Metadata meta, string? signOff, List<SavedLine> lines)
    {
        if (url is not null)
        {
            var byHost = _outlets.FindByHost(url.Host);
            return byHost is not null ? new Outlet(byHost.Name, byHost.Domain, "url") : Unknown(url.Host, "url", lines);
        }

        foreach (var (token, evidence) in new[] { (datelineOutlet, "dateline"), (meta.BylineOutlet, "byline"), (signOff, "sign-off"), (meta.FooterDomain, "copyright") })
        {
            if (token is null)
            {
                continue;
            }

            var e = _outlets.FindByAlias(token);
            if (e is not null)
            {
                return new Outlet(e.Name, e.Domain, evidence);
            }

            if (OutletDirectory.LooksLikeDomain(token))
            {
                return Unknown(token, evidence, lines);
            }
        }

        // A sign-off code such as "(Tribunnewswiki)" names the outlet when the table knows it.
        foreach (var l in lines)
        {
            if (l.Kind == LineKind.SignOff && _outlets.FindByAlias(l.Text.Trim('(', ')')) is { } e)
            {
                return new Outlet(e.Name, e.Domain, "sign-off");
            }
        }

        return null;
    }

    private static Outlet Unknown(string domainToken, string evidence, List<SavedLine> lines)
    {
        var domain = domainToken.ToLowerInvariant();
        if (domain.StartsWith("www.", StringComparison.Ordinal))
        {
            domain = domain[4..];
        }

        var name = OutletNameFinder.Find(domain, lines.Select(l => l.Text)) ?? domain;
        return new Outlet(name, domain, evidence);
    }

    private static string? FirstDomain(string text)
    {
        foreach (var token in text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var t = token.Trim('.', '(', ')');
            if (OutletDirectory.LooksLikeDomain(t) && t.Contains('.', StringComparison.Ordinal))
            {
                return t;
            }
        }

        return null;
    }
}
