using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Liputan.Documents;
using Liputan.Extraction.Metadata;

namespace Liputan.Extraction.Html;

/// <summary>
/// The publication-date search. Evidence is taken from the most to the least deliberate: a full
/// date in the URL path (publishers put the publication day there and never change it), then
/// structured data (JSON-LD, meta tags, microdata and RDFa), then <c>&lt;time&gt;</c> elements,
/// elements whose class names a date, a date standing alone beside the headline, and last the dates
/// written in the page's text. A partial
/// URL date (year and month) picks, among candidates of one kind, the one that agrees with it.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private static DateValue? FindPublished(PageIndex index, IDocument doc, Dictionary<string, string> meta, LdInfo ld, Uri? pageUrl, Uri? canonical, DateValue? modified, DateTimeOffset reference)
    {
        var url = pageUrl ?? canonical;
        var path = url?.AbsolutePath;
        // A syndicated or redirected copy often keeps the original's dated address as its canonical link.
        var fromUrl = Valid(UrlDate(path ?? string.Empty) ?? UrlDate(canonical?.AbsolutePath ?? string.Empty), reference);
        var month = path is null ? null : UrlMonth(path);
        var visible = new Lazy<string>(() => VisibleText(doc, 200_000), LazyThreadSafetyMode.None);
        var structured = new List<DateValue>();
        foreach (var key in PublishedMeta)
        {
            if (meta.TryGetValue(key, out var v))
            {
                Add(structured, ParseDate(v), reference);
            }
        }

        Add(structured, ParseDate(ld.Published), reference);

        foreach (var el in index.StructuredDates)
        {
            Add(structured, ParseDate(el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.TextContent), reference);
        }

        Add(structured, ParseDate(ld.AnyPublished), reference);
        foreach (var (key, v) in meta)
        {
            if (UploadedMeta(key))
            {
                Add(structured, ParseDate(v), reference);
            }
        }

        if (fromUrl is not null)
        {
            // The structured value of the URL's day keeps its time and zone.
            return structured.Find(d => d.Value.Date == fromUrl.Value.Date) ?? fromUrl;
        }

        if (Agreeing(structured, month) is { } s)
        {
            return ShownInstead(InPageZone(ShownAmong(s, structured, month, visible), index, meta), modified, visible);
        }

        if (LabelledDate(visible.Value, month, reference) is { } labelled)
        {
            return labelled;
        }

        var times = index.Times;
        var hinted = new List<DateValue>();
        var plain = new List<DateValue>();
        foreach (var t in times)
        {
            var d = Valid(ParseDate(t.GetAttribute("datetime") ?? t.TextContent), reference);
            if (d is null)
            {
                continue;
            }

            // A related-posts list marks its teasers' times "published" too: those are other pages' dates.
            if (InsideBoilerplate(t))
            {
                continue;
            }

            (t.HasAttribute("pubdate") || DateHint().IsMatch(ContentScorer.Hint(t) + " " + ContentScorer.Hint(t.ParentElement!)) ? hinted : plain).Add(d);
        }

        if ((Agreeing(hinted, month) ?? Agreeing(plain, month)) is { } time)
        {
            return time;
        }

        var weak = new List<DateValue>();
        foreach (var key in WeakPublishedMeta)
        {
            if (meta.TryGetValue(key, out var v))
            {
                Add(weak, ParseDate(v), reference);
            }
        }

        // A generic date tag the page never shows is often the day it was generated: the page's own date elements come first then.
        var w = Agreeing(weak, month);
        if (w is not null && ShownDays(visible.Value).Contains(w.Value.Date))
        {
            return w;
        }

        var classed = new List<DateValue>();
        foreach (var el in index.DateClassed)
        {
            if (el.ChildElementCount > 6)
            {
                continue;
            }

            var text = el.GetAttribute("title") is { Length: > 0 } title && ParseDate(title) is not null ? title : BoundedText(el, 200);
            if (text is not null && Valid(ParseDate(text) ?? ShortYearDate(text), reference) is { } d && !InsideBoilerplate(el))
            {
                classed.Add(d);
                if (month is null)
                {
                    break;
                }
            }
        }

        if (Agreeing(classed, month) is { } c)
        {
            return c;
        }

        return WikiLastEdit(doc, meta, reference) ?? HeadlineStamp(index, reference) ?? TextDates(visible.Value, month, reference) ?? w ?? DescribedDate(meta, reference);
    }

    /// <summary>
    /// A wiki page has no publication, only its last edit, which MediaWiki prints in its footer ("Diese
    /// Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert"); the dates in its text are the
    /// subject's (the next meeting, a history).
    /// </summary>
    private static DateValue? WikiLastEdit(IDocument doc, Dictionary<string, string> meta, DateTimeOffset reference) =>
        Get(meta, "generator") is { } generator && generator.StartsWith("MediaWiki", StringComparison.OrdinalIgnoreCase) &&
        doc.GetElementById("footer-info-lastmod") is { } lastmod
            ? Valid(ParseDate(TextNormalizer.CollapseSpaces(lastmod.TextContent)), reference)
            : null;

    /// <summary>
    /// A media item's upload (microdata <c>uploadDate</c> of a VideoObject or ImageObject) and an app's
    /// own OpenGraph namespace (<c>photos:uploaded</c>, <c>music:release_date</c>): the
    /// publication of a page about that item, in a name no fixed list can hold.
    /// </summary>
    private static bool UploadedMeta(string key)
    {
        if (key.Equals("uploaddate", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var colon = key.LastIndexOf(':');
        return colon > 0 && key.AsSpan(colon + 1) is var part &&
               (part.Equals("uploaded", StringComparison.OrdinalIgnoreCase) || part.Equals("upload_date", StringComparison.OrdinalIgnoreCase) ||
                part.Equals("release_date", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Nothing dates the page but its description ("… (Notizia del 14 Gennaio 2020)"): content systems
    /// that print no date on the page still write the item's day in the summary they give for it.
    /// </summary>
    private static DateValue? DescribedDate(Dictionary<string, string> meta, DateTimeOffset reference) =>
        Valid(ParseDate(Get(meta, "og:description", "description", "twitter:description")), reference);

    /// <summary>
    /// A date standing alone in a short text of its own just above or below the page's one headline
    /// (<c>&lt;p&gt;&lt;em&gt;10.11.2021&lt;/em&gt;&lt;/p&gt;</c>, "24. April 2020 | Pressemitteilungen"): the
    /// article's stamp, while the dates before it in the text can be a menu's, a caption's or a teaser's.
    /// </summary>
    private static DateValue? HeadlineStamp(PageIndex index, DateTimeOffset reference)
    {
        if (index.H1s.Count != 1)
        {
            return null;
        }

        var h1 = index.H1s[0];
        return Stamp(h1, forward: true, reference) ?? Stamp(h1, forward: false, reference);
    }

    private static DateValue? Stamp(IElement h1, bool forward, DateTimeOffset reference)
    {
        const int MaxTexts = 6;
        const int MaxStampChars = 40;
        var texts = 0;
        var steps = 0;
        for (var n = forward ? NextInOrder(h1, null) : Previous(h1); n is not null && texts < MaxTexts && steps < 300; n = forward ? Next(n) : Previous(n), steps++)
        {
            if (n is not IText t || t.ParentElement?.LocalName is "script" or "style" or "noscript" or "template" || string.IsNullOrWhiteSpace(t.Data))
            {
                continue;
            }

            texts++;
            var text = t.Data.Trim();
            if (text.Length <= MaxStampChars && Valid(ParseDate(text), reference) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>The next node in document order.</summary>
    private static INode? Next(INode n) => n.FirstChild ?? NextInOrder(n, null);

    /// <summary>The previous node in document order (a parent comes before its children).</summary>
    private static INode? Previous(INode n)
    {
        if (n.PreviousSibling is not { } p)
        {
            return n.Parent;
        }

        while (p.LastChild is { } last)
        {
            p = last;
        }

        return p;
    }

    /// <summary>
    /// The day alone (from the address, a day-only tag) while the page writes that day with its time
    /// elsewhere ("Rabu, 04 Des 2024 08:15 WIB", <c>&lt;time datetime="2024-12-01 20:05:00"&gt;</c>):
    /// the time is the page's, and a time with its zone beats one without.
    /// </summary>
    private static DateValue? WithShownTime(DateValue? day, PageIndex index, IDocument doc, DateTimeOffset reference)
    {
        if (day is null || day.HasTime || day.Inferred)
        {
            return day;
        }

        DateValue? noZone = null;
        bool Offer(DateValue? d)
        {
            if (d is not { HasTime: true } t || t.Value.Date != day.Value.Date || Valid(t, reference) is null)
            {
                return false;
            }

            noZone ??= t;
            return t.HasOffset;
        }

        foreach (var t in index.Times)
        {
            // The attribute, then the shown text, which may add the zone ("01 Des 2024, 20:05 WIB").
            foreach (var d in new[] { ParseDate(t.GetAttribute("datetime")), DateStampParser.Parse(TextNormalizer.CollapseSpaces(t.TextContent)) })
            {
                if (Offer(d))
                {
                    return d;
                }
            }
        }

        var visible = VisibleText(doc, 200_000);
        var n = 0;
        foreach (Match m in TextDate().Matches(visible))
        {
            if (++n > 200)
            {
                break;
            }

            // The date with what follows it: "2 Desember 2024 | 09:15 WITA".
            var stamp = DateStampParser.Parse(TextNormalizer.CollapseSpaces(visible.AsSpan(m.Index, Math.Min(48, visible.Length - m.Index))));
            if (Offer(stamp))
            {
                return stamp;
            }
        }

        return noZone ?? day;
    }

    /// <summary>
    /// Structured values that disagree on the day (a meta tag restamped on republishing beside the
    /// JSON-LD's first day): the one whose day the page shows its readers, else the first.
    /// </summary>
    private static DateValue ShownAmong(DateValue first, List<DateValue> candidates, (int Year, int Month)? month, Lazy<string> visible)
    {
        if (candidates.TrueForAll(c => c.Value.Date == first.Value.Date))
        {
            return first;
        }

        var shown = ShownDays(visible.Value);
        if (shown.Contains(first.Value.Date))
        {
            return first;
        }

        return candidates.Find(c => shown.Contains(c.Value.Date) && (month is null || Agrees(c, month.Value))) ?? first;
    }

    /// <summary>
    /// The update date instead of the structured publication date when the page shows its readers
    /// the update's day and never the publication's: the page then presents itself as of that day.
    /// </summary>
    private static DateValue ShownInstead(DateValue published, DateValue? modified, Lazy<string> visible)
    {
        if (modified is null || modified.Value.Date <= published.Value.Date)
        {
            return published;
        }

        var shown = ShownDays(visible.Value);
        return shown.Contains(modified.Value.Date) && !shown.Contains(published.Value.Date) ? modified : published;
    }

    /// <summary>A date the visible text introduces as the publication's ("Published on", "Erschienen am:"), in the URL's month when it gives one.</summary>
    private static DateValue? LabelledDate(string text, (int Year, int Month)? month, DateTimeOffset reference)
    {
        var n = 0;
        foreach (Match m in TextDate().Matches(text))
        {
            if (++n > 200)
            {
                break;
            }
            // Markup around a label leaves runs of white space between it and its date.
            if (PublishedLabel().IsMatch(text.AsSpan(Math.Max(0, m.Index - 64), Math.Min(64, m.Index))) &&
                Valid(ParseDate(m.Value), reference) is { } d && (month is null || Agrees(d, month.Value)))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>The days written in the page's visible text (scripts and styles left out).</summary>
    private static HashSet<DateTime> ShownDays(string text)
    {
        var days = new HashSet<DateTime>();
        var n = 0;
        foreach (Match m in TextDate().Matches(text))
        {
            if (ParseDate(m.Value) is { } d)
            {
                days.Add(d.Value.Date);
            }

            if (++n > 200)
            {
                break;
            }
        }

        return days;
    }

    /// <summary>The text of the body's text nodes outside scripts, styles and templates, up to <paramref name="max"/> characters.</summary>
    private static string VisibleText(IDocument doc, int max)
    {
        var sb = new System.Text.StringBuilder();
        var body = doc.Body;
        if (body is null)
        {
            return string.Empty;
        }

        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0 && sb.Length < max)
        {
            var n = stack.Pop();
            if (n is IText t)
            {
                sb.Append(t.Data).Append(' ');
            }
            else if (n is IElement e && e.LocalName is not ("script" or "style" or "noscript" or "template"))
            {
                for (var c = e.LastChild; c is not null; c = c.PreviousSibling)
                {
                    stack.Push(c);
                }
            }
        }

        return sb.ToString();
    }

    private static void Add(List<DateValue> into, DateValue? d, DateTimeOffset reference)
    {
        if (Valid(d, reference) is { } v)
        {
            into.Add(v);
        }
    }

    /// <summary>The first candidate in the URL's month, else the first one.</summary>
    private static DateValue? Agreeing(List<DateValue> candidates, (int Year, int Month)? month)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        if (month is { } m)
        {
            foreach (var c in candidates)
            {
                if (Agrees(c, m))
                {
                    return c;
                }
            }
        }

        return candidates[0];
    }

    private static bool Agrees(DateValue d, (int Year, int Month) m) => d.Value.Year == m.Year && (m.Month == 0 || d.Value.Month == m.Month);

    /// <summary>
    /// A UTC timestamp can fall on the next day of the page's own calendar. When the page states
    /// the same instant elsewhere with its local offset, that local day is the one its readers saw.
    /// </summary>
    private static DateValue InPageZone(DateValue d, PageIndex index, Dictionary<string, string> meta)
    {
        if (!d.HasTime || !d.HasOffset || d.Value.Offset != TimeSpan.Zero)
        {
            return d;
        }

        foreach (var t in index.Times)
        {
            if (SameInstantLocal(d, t.GetAttribute("datetime")) is { } local)
            {
                return local;
            }
        }

        foreach (var v in meta.Values)
        {
            if (SameInstantLocal(d, v) is { } local)
            {
                return local;
            }
        }

        return d;
    }

    private static DateValue? SameInstantLocal(DateValue utc, string? text)
    {
        if (text is null || text.Length is < 16 or > 40 || ParseDate(text) is not { HasOffset: true } d ||
            d.Value.Offset == TimeSpan.Zero)
        {
            return null;
        }

        return (d.Value - utc.Value).Duration() <= TimeSpan.FromMinutes(2) ? d : null;
    }

    /// <summary>The year and month a URL path gives without a day (/2020/01/slug), or the year alone (month 0).</summary>
    private static (int Year, int Month)? UrlMonth(string path)
    {
        var m = UrlMonthPattern().Match(path);
        if (!m.Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var mo = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        return mo > 12 ? (y, 0) : (y, mo);
    }

    /// <summary>Last resort: the dates written in the page's text; the first one in the URL's month, else the first one.</summary>
    private static DateValue? TextDates(string text, (int Year, int Month)? month, DateTimeOffset reference)
    {
        var found = new List<DateValue>();
        var modified = new List<DateValue>();
        var bounds = new List<DateValue>();
        foreach (Match m in TextDate().Matches(text))
        {
            if (Valid(ParseDate(m.Value), reference) is not { } d)
            {
                continue;
            }

            var before = text.AsSpan(Math.Max(0, m.Index - 64), Math.Min(64, m.Index));
            (ModifiedLabel().IsMatch(before) ? modified : PeriodBound().IsMatch(before) ? bounds : found).Add(d);
            if (found.Count > 50)
            {
                break;
            }
        }

        return Agreeing(found, month) ?? Agreeing(modified, month) ?? Agreeing(bounds, month);
    }

    /// <summary>"30.10.23": a two-digit year, read only where an element's class says it holds a date.</summary>
    private static DateValue? ShortYearDate(string text)
    {
        var m = ShortYear().Match(text);
        return m.Success
            ? MakeDate(2000 + int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Day, month name and year in the European languages the Indonesian and English parser does not read, and in Arabic.</summary>
    private static DateValue? EuropeanDate(string text)
    {
        var m = EuropeanDayMonthYear().Match(text);
        if (!m.Success || !EuropeanMonths.TryGetValue(m.Groups["mon"].Value.TrimEnd('.'), out var month))
        {
            return null;
        }

        return MakeDate(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture));
    }

    /// <summary>"2020年7月3日", "2020년 7월 3일": the year-month-day order of Chinese, Japanese and Korean pages.</summary>
    private static DateValue? CjkDate(string text)
    {
        var m = CjkYearMonthDay().Match(text);
        return m.Success
            ? MakeDate(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture))
            : null;
    }

    // The Arabic names are the Egyptian and Gulf ones (from the French and English) and the Levantine ones of one word.
    private static readonly Dictionary<string, int> EuropeanMonths = BuildMonths(
        "januar jänner janvier enero gennaio janeiro januari january janv jan ene gen يناير",
        "februar feber février fevrier febrero febbraio fevereiro februari february févr fév fev feb فبراير شباط",
        "märz maerz mrz mär mars marzo março marco maart march mrt mar مارس آذار",
        "april avril abril aprile avr abr apr أبريل ابريل إبريل نيسان",
        "mai mayo maggio maio mei may mag مايو أيار",
        "juni juin junio giugno junho june jun giu يونيو يونيه حزيران",
        "juli juillet julio luglio julho july juil jul lug يوليو يوليه تموز",
        "august août aout agosto augustus aug ago أغسطس اغسطس",
        "september septembre septiembre setiembre settembre setembro sept sep set سبتمبر أيلول",
        "oktober octobre octubre ottobre outubro october okt oct ott out أكتوبر اكتوبر",
        "november novembre noviembre novembro nov نوفمبر",
        "dezember décembre decembre diciembre dicembre dezembro december dez déc dec dic ديسمبر");

    private static Dictionary<string, int> BuildMonths(params string[] months)
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < months.Length; i++)
        {
            foreach (var w in months[i].Split(' '))
            {
                d[w] = i + 1;
            }
        }

        return d;
    }

    [GeneratedRegex(@"(?<![0-9])(?<d>[0-3]?[0-9])(?:\.|er|º)?\s*(?:de\s+)?(?<mon>[a-zäéèûôçü\u0621-\u064A]{3,10})\.?,?\s+(?:de\s+|del\s+)?(?<y>(?:199[5-9]|20[0-9]{2}))(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EuropeanDayMonthYear();

    // Words that introduce a publication date, in the languages of the pages read (id, en, de, fr, es, it, pt, nl). German
    // pages head themselves "Stand: 28.04.2020" (as of); "(Stand 1.9.2015)" in parentheses dates a figure quoted, not the page.
    [GeneratedRegex(@"(?:diterbitkan|dipublikasikan|published|posted|publication date|erstellt|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|(?<![(]\s*)\bStand\b)(?:\s+(?:on|am|le|el|il|op|pada|at))?\s*[:|]?\s*(?:[A-Za-zäöüéû]+\.?,?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLabel();

    // "Seit 4. August 2014", "until 3 May 2020": a date bounding a period the text speaks of, never a stamp of the page.
    [GeneratedRegex(@"\b(?:since|until|till|seit|bis|depuis|jusqu'au|desde|hasta|sinds|sejak|hingga|sampai)(?:\s+(?:zum|dem|the|le|el))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodBound();

    // Words that introduce an update date, which is not the publication date.
    [GeneratedRegex(@"(?:diperbarui|update[d]?|modified|geändert|änderung|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt)(?:\s+(?:on|am|le|el|il|op|pada|at))?\s*[:|]?\s*(?:[A-Za-zäöüéû]+\.?,?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedLabel();

    [GeneratedRegex(@"(?<![0-9.])(?<d>[0-3]?[0-9])\.(?<m>[01]?[0-9])\.(?<y>[0-9]{2})(?![0-9.])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"(?<![0-9])(?<y>199[5-9]|20[0-9]{2})\s*[年년]\s*(?<m>[01]?[0-9])\s*[月월]\s*(?<d>[0-3]?[0-9])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CjkYearMonthDay();

    [GeneratedRegex(@"/(?<y>199[5-9]|20[0-9]{2})/(?:(?<m>[01]?[0-9])/)?", RegexOptions.CultureInvariant)]
    private static partial Regex UrlMonthPattern();
}
