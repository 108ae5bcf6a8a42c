using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Liputan.Documents;

namespace Liputan.Extraction.Html;

/// <summary>One block of text as the page lays it out: a paragraph, heading, list item, table row.</summary>
internal sealed record TextBlock(IElement Container, string Text, int LinkChars, ParagraphKind Kind, int Depth)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>
/// Finds the article's blocks by content scoring, after Readability.js's idea (written anew):
/// drop what cannot be content (scripts, navigation, elements whose class or id names
/// boilerplate), cut the rest into text blocks, let every block of running text vote for its
/// parent and grandparent (commas and length), weight each candidate by its tag, class hints and
/// link density, keep the best one and those of its siblings that read as content too.
/// Traversals are iterative, so nesting depth costs no stack.
/// </summary>
internal static partial class ContentScorer
{
    /// <summary>Elements nested deeper than this are read as text of their ancestor at this depth.</summary>
    public const int MaxDepth = 400;

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "footer", "iframe", "svg", "canvas", "button", "select",
        "textarea", "input", "template", "object", "embed", "video", "audio", "map", "head", "title", "meta", "link", "dialog", "menu",
        // Ruby annotations: the reading printed over the characters, not text of its own.
        "rt", "rp",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
        "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "header", "address", "body", "center", "details", "summary", "hr", "tbody", "thead", "caption",
    };

    /// <summary>Cuts the body into text blocks, skipping boilerplate subtrees.</summary>
    public static List<TextBlock> Blocks(IElement root, bool useHints = true)
    {
        var blocks = new List<TextBlock>();
        var sb = new StringBuilder();
        var links = 0;
        IElement current = root;
        var currentDepth = 0;

        void Flush()
        {
            var text = TextNormalizer.CollapseSpaces(sb.ToString());
            if (text.Length > 0)
            {
                blocks.Add(new TextBlock(current, text, Math.Min(links, text.Length), KindOf(current), currentDepth));
            }

            sb.Clear();
            links = 0;
        }

        // Stack of (node, depth, linkDepth marker). A null node marks the end of a block element.
        var stack = new Stack<(INode? Node, IElement? Block, int Depth, bool InLink)>();
        stack.Push((root, null, 0, false));
        while (stack.Count > 0)
        {
            var (node, endOf, depth, inLink) = stack.Pop();
            if (node is null)
            {
                // Leaving a block: flush its text and return to the enclosing block.
                Flush();
                current = endOf!.ParentElement is { } p ? NearestBlock(p, root) : root;
                currentDepth = Math.Max(0, depth - 1);
                continue;
            }

            if (node is IText text)
            {
                var data = text.Data;
                sb.Append(data);
                if (inLink)
                {
                    links += CountNonSpace(data);
                }

                continue;
            }

            if (node is not IElement el)
            {
                continue;
            }

            var tag = el.LocalName;
            if (!ReferenceEquals(el, root) && IsBoilerplate(el, tag, useHints))
            {
                continue;
            }

            if (tag == "br")
            {
                Flush();
                continue;
            }

            if (tag is "td" or "th" or "img")
            {
                sb.Append(' ');
            }

            var isBlock = depth < MaxDepth && BlockTags.Contains(tag);
            if (isBlock)
            {
                Flush();
                current = el;
                currentDepth = depth;
                stack.Push((null, el, depth, inLink));
            }

            var link = inLink || tag == "a";
            var children = el.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], null, depth + 1, link));
            }
        }

        Flush();
        return blocks;
    }

    private static IElement NearestBlock(IElement e, IElement root)
    {
        for (var x = e; x is not null; x = x.ParentElement)
        {
            if (ReferenceEquals(x, root) || BlockTags.Contains(x.LocalName))
            {
                return x;
            }
        }

        return root;
    }

    private static int CountNonSpace(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }

    private static ParagraphKind KindOf(IElement e)
    {
        switch (e.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return ParagraphKind.Heading;
            case "li" or "dd" or "dt":
                return ParagraphKind.ListItem;
        }

        for (var x = e; x is not null; x = x.ParentElement)
        {
            if (x.LocalName == "blockquote")
            {
                return ParagraphKind.BlockQuote;
            }

            if (x.LocalName is "article" or "main" or "body")
            {
                break;
            }
        }

        return ParagraphKind.Text;
    }

    /// <summary>True for elements that never hold article text.</summary>
    public static bool IsBoilerplate(IElement el, string tag, bool useHints = true)
    {
        if (Dropped.Contains(tag))
        {
            return true;
        }

        // Asides and noscript fallbacks are furniture, except on the pages that put the whole
        // article inside one (a layout column named aside, a no-JavaScript copy of the page).
        if (tag is "aside" or "noscript")
        {
            return !HoldsRunningText(el);
        }

        if (el.HasAttribute("hidden") || el.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = el.GetAttribute("style");
        if (style is not null && HiddenStyle().IsMatch(style))
        {
            return true;
        }

        if (!useHints || tag is "body" or "article" or "main" or "html")
        {
            return false;
        }

        var hint = Hint(el);

        // An affiliate or advertiser disclosure is the publisher's notice, not the article's text,
        // even when it is a paragraph of its own ("We may receive compensation…").
        if (hint.Length > 0 && Disclosure().IsMatch(hint))
        {
            return true;
        }

        // A paragraph's classes are mostly styles, but a few name the post's furniture set as a
        // paragraph: the breadcrumb trail and the "posted on … in …" line under the post.
        if (tag == "p" && hint.Length > 0 && MetaParagraph().IsMatch(hint))
        {
            return true;
        }

        if (tag is "a" or "p" or "span" or "strong" or "em" or "b" or "i")
        {
            // A caption set inline (a span or strong classed caption inside the picture's
            // paragraph) escapes the caption check, which reads the blocks' own elements.
            return tag is not ("a" or "p") && hint.Length > 0 && CaptionHint().IsMatch(hint);
        }

        if (hint.Length == 0 || PostItself().IsMatch(hint))
        {
            return false;
        }

        // A table's classes describe the table ("table-header", "sidebar-table" styles), not a
        // part of the page's layout: only the strong hints (comments, share, related…) drop one.
        var weakApplies = tag is not ("table" or "thead" or "tbody" or "tr" or "td" or "th");
        var boiler = Strong().IsMatch(hint) || (weakApplies && Unlikely().IsMatch(hint) && !MaybeContent().IsMatch(hint));

        if (!boiler)
        {
            return false;
        }

        if (AlwaysDropped().IsMatch(hint))
        {
            // "entry share", "content has-social": a flag on the article's own wrapper (sharing
            // buttons enabled) rather than a widget, when the wrapper holds the article's paragraphs.
            return !(MaybeContent().IsMatch(hint) && !CommentHint().IsMatch(hint) && HoldsArticle(el));
        }

        // A wrapper named like a layout part (sidebar layout, ad wrapper, header) that holds the article itself is not boilerplate.
        return !HoldsArticle(el);
    }

    private static bool HoldsArticle(IElement el) =>
        el.QuerySelector("article, main, [itemprop=articleBody], h1, .hentry, .h-entry, .entry-content, .post-body") is not null || HasLongParagraphs(el);

    // Stricter than HoldsArticle: a heading or a list of <article> teasers (a sidebar box) does
    // not make an aside the article.
    private static bool HoldsRunningText(IElement el) =>
        el.QuerySelector("[itemprop=articleBody]") is not null || HasLongParagraphs(el);

    private static bool HasLongParagraphs(IElement el)
    {
        var n = 0;
        foreach (var p in el.QuerySelectorAll("p"))
        {
            if (p.TextContent.Length > 150 && ++n >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The class and id of an element, for hint matching.</summary>
    public static string Hint(IElement el)
    {
        var cls = el.GetAttribute("class");
        var id = el.Id;
        if (cls is null)
        {
            return id ?? string.Empty;
        }

        return id is null ? cls : cls + " " + id;
    }

    /// <summary>Picks the blocks of the article; empty when nothing reads as running text.</summary>
    public static List<TextBlock> Select(IElement root, List<TextBlock> blocks)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var b in blocks)
        {
            if (b.Text.Length < 25 || b.Kind == ParagraphKind.Heading)
            {
                continue;
            }

            var score = 1 + Commas(b.Text) + Math.Min(b.Text.Length / 100, 3);
            var anc = b.Container.ParentElement;
            for (var level = 0; anc is not null && level < 5; level++, anc = anc.ParentElement)
            {
                if (!scores.ContainsKey(anc))
                {
                    scores[anc] = Initial(anc);
                }

                scores[anc] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (ReferenceEquals(anc, root))
                {
                    break;
                }
            }
        }

        if (scores.Count == 0)
        {
            return [];
        }

        // Link density and text length per element from the blocks under it.
        var totals = new Dictionary<IElement, (int Chars, int Links)>();
        foreach (var b in blocks)
        {
            var steps = 0;
            for (var x = b.Container; x is not null && steps < MaxDepth; x = x.ParentElement, steps++)
            {
                if (scores.ContainsKey(x))
                {
                    var t = totals.GetValueOrDefault(x);
                    totals[x] = (t.Chars + b.Text.Length, t.Links + b.LinkChars);
                }

                if (ReferenceEquals(x, root))
                {
                    break;
                }
            }
        }

        IElement? top = null;
        var topScore = double.MinValue;
        var final = new Dictionary<IElement, double>(scores.Count);
        foreach (var (el, s) in scores)
        {
            var t = totals.GetValueOrDefault(el);
            var ld = t.Chars == 0 ? 0 : (double)t.Links / t.Chars;
            var f = s * (1 - ld);
            final[el] = f;
            if (f > topScore)
            {
                topScore = f;
                top = el;
            }
        }

        if (top is null)
        {
            return [];
        }

        top = Promote(OutOfTable(top, root), topScore, final, root);
        topScore = final.GetValueOrDefault(top, topScore);

        // A parent that holds most of the score too (articles split in several divs) is better.
        var included = new HashSet<IElement> { top };
        if (top.ParentElement is { } parent)
        {
            var threshold = Math.Max(10, topScore * 0.2);
            var topClass = top.ClassName;
            foreach (var sib in parent.Children)
            {
                if (ReferenceEquals(sib, top) || IsBoilerplate(sib, sib.LocalName))
                {
                    continue;
                }

                var bonus = topClass is not null && topClass.Length > 0 && sib.ClassName == topClass ? topScore * 0.2 : 0;
                if (final.TryGetValue(sib, out var sScore) && sScore + bonus >= threshold)
                {
                    included.Add(sib);
                    continue;
                }

                if (sib.LocalName == "p")
                {
                    var text = TextNormalizer.CollapseSpaces(sib.TextContent);
                    var linkChars = sib.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
                    var ld = text.Length == 0 ? 1 : (double)linkChars / text.Length;
                    if ((text.Length > 80 && ld < 0.25) || (text.Length > 0 && ld == 0 && SentenceEnd().IsMatch(text)))
                    {
                        included.Add(sib);
                    }
                }
            }
        }

        // Articles cut into several containers of the same class (around ads, inserts, paywall
        // wrappers) that are not siblings: every other scored container with the top's own class.
        if (top.ClassName is { Length: > 0 } cls)
        {
            foreach (var (el, f) in final)
            {
                if (!ReferenceEquals(el, top) && f > 0 && el.LocalName == top.LocalName && el.ClassName == cls && !Within(el, included, root))
                {
                    var t = totals.GetValueOrDefault(el);
                    if (t.Chars > 0 && (double)t.Links / t.Chars < 0.3)
                    {
                        included.Add(el);
                    }
                }
            }
        }

        // Widen to the parent while the parent adds running text rather than links (intro, lists, subheads beside the best div).
        var region = top;
        for (var step = 0; step < 3 && region.ParentElement is { } up && !ReferenceEquals(region, root); step++)
        {
            var (inChars, _) = Totals(blocks, [region], root);
            var (upChars, upLinks) = Totals(blocks, [up], root);
            if (upChars == 0 || (double)upLinks / upChars > ExpandLinkDensity || upChars > inChars * ExpandGrowth)
            {
                break;
            }

            region = up;
        }

        if (!ReferenceEquals(region, top))
        {
            included.Add(region);
        }

        // Rows beside a region too thin to be an article are the page's own notices (browser
        // warnings, cookie texts) and would stop the fallbacks that look for the missing article.
        if (Totals(blocks, [region], root).Chars >= RowMinRegion)
        {
            AddRows(region, blocks, included, root);
        }

        var result = new List<TextBlock>();
        foreach (var b in blocks)
        {
            if (Within(b.Container, included, root) && Keep(b))
            {
                result.Add(b);
            }
        }

        return result;
    }

    /// <summary>
    /// Text cut into many small wrappers (one div per recipe step or per paragraph) gives each
    /// wrapper a score close to the best one and none a winning share: when several of the
    /// near-best candidates sit under one ancestor of the top, that ancestor is the article.
    /// </summary>
    private static IElement Promote(IElement top, double topScore, Dictionary<IElement, double> final, IElement root)
    {
        if (topScore <= 0)
        {
            return top;
        }

        var rivals = new List<IElement>();
        foreach (var (el, f) in final)
        {
            if (!ReferenceEquals(el, top) && f >= topScore * PromoteShare && !ReferenceEquals(el, root) && !IsAncestor(el, top) && !IsAncestor(top, el))
            {
                rivals.Add(el);
            }
        }

        if (rivals.Count < PromoteRivals)
        {
            return top;
        }

        var steps = 0;
        for (var up = top.ParentElement; up is not null && !ReferenceEquals(up, root) && steps < PromoteSteps; up = up.ParentElement, steps++)
        {
            var under = 0;
            foreach (var r in rivals)
            {
                if (!ReferenceEquals(r, up) && IsAncestor(up, r))
                {
                    under++;
                }
            }

            if (under >= PromoteRivals)
            {
                return up;
            }
        }

        return top;
    }

    /// <summary>
    /// A table or list is part of an article, never all of it: many short rows with commas (a
    /// list of names, a price table) outscore the few long paragraphs around them.
    /// </summary>
    private static IElement OutOfTable(IElement top, IElement root)
    {
        var x = top;
        while (x.LocalName is "table" or "tbody" or "thead" or "tfoot" or "tr" or "ul" or "ol" or "dl" && x.ParentElement is { } up && !ReferenceEquals(x, root))
        {
            x = up;
        }

        return x;
    }

    private static bool IsAncestor(IElement ancestor, IElement e)
    {
        var steps = 0;
        for (var x = e.ParentElement; x is not null && steps < MaxDepth + 10; x = x.ParentElement, steps++)
        {
            if (ReferenceEquals(x, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    // Rows: tuned on the dev half of trafilatura-eval (levels 1-10, link density 0.05-0.2, prose
    // 80-300 characters, region 0-500): two levels up, a fifth of the text in links at most, 150
    // characters of prose, beside a region of 500 characters.
    private const int RowLevels = 2;

    private const double RowLinkDensity = 0.2;

    // How far up an element marking the article is looked for (dev half: 4-12 tried, 6 best).
    private const int ArticleLevels = 6;

    private static bool MarksArticle(IElement e) =>
        e.LocalName == "article" || e.GetAttribute("itemprop") == "articleBody" || ArticleClass().IsMatch(Hint(e));

    [GeneratedRegex(@"(?:^|\s)(?:entry-content|post-content|article-body|article-content|articlebody|post-body|story-body)(?:$|\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleClass();

    private const int RowProse = 150;

    private const int LeadHeadingChars = 100;

    private const int RowMinRegion = 500;

    /// <summary>
    /// Page builders lay an article out as rows (one module per section) that are siblings of the
    /// article's ancestors rather than of its best div: a sibling of the region or of one of its
    /// ancestors that is itself prose (running text, almost no links) belongs to the article too.
    /// </summary>
    private static void AddRows(IElement region, List<TextBlock> blocks, HashSet<IElement> included, IElement root)
    {
        var stats = new Dictionary<IElement, (int Chars, int Links, int Prose)>();
        foreach (var b in blocks)
        {
            var prose = b.Text.Length >= 80 && b.LinkDensity < 0.1 && b.Kind != ParagraphKind.Heading && SentenceEnd().IsMatch(b.Text) ? b.Text.Length : 0;

            // A heading a sentence long is no subhead but the standfirst set in large type (an
            // <h2> under the headline): a row that is only that heading is the article's lead.
            if (b.Kind == ParagraphKind.Heading && b.Text.Length >= LeadHeadingChars && b.LinkDensity < RowLinkDensity && b.Container.LocalName != "h1")
            {
                prose = Math.Max(b.Text.Length, RowProse);
            }

            var steps = 0;
            for (var x = b.Container; x is not null && steps < MaxDepth; x = x.ParentElement, steps++)
            {
                var t = stats.GetValueOrDefault(x);
                stats[x] = (t.Chars + b.Text.Length, t.Links + b.LinkChars, t.Prose + prose);
                if (ReferenceEquals(x, root))
                {
                    break;
                }
            }
        }

        // Inside the element the page marks as its article, prose rows anywhere up to it belong to it.
        var levels = RowLevels;
        var k = 0;
        for (var x = region; x is not null && !ReferenceEquals(x, root) && k < ArticleLevels; x = x.ParentElement, k++)
        {
            // The outermost one: an article body marked inside an <article> leaves the lead and
            // the header rows in the outer element.
            if (MarksArticle(x))
            {
                levels = Math.Max(levels, k);
            }
        }

        var node = region;
        for (var level = 0; level < levels && !ReferenceEquals(node, root) && node.ParentElement is { } parent; level++, node = parent)
        {
            foreach (var sib in parent.Children)
            {
                if (ReferenceEquals(sib, node) || included.Contains(sib) || !stats.TryGetValue(sib, out var st) || st.Chars == 0)
                {
                    continue;
                }

                if ((double)st.Links / st.Chars < RowLinkDensity && st.Prose >= RowProse && st.Prose * 2 >= st.Chars)
                {
                    included.Add(sib);
                }
                else
                {
                    AddLead(sib, stats, included, LeadLevels);
                }
            }
        }
    }

    private const double PromoteShare = 0.75;

    private const int PromoteRivals = 3;

    // Leads: looked for in a row and its children (dev half: the row alone 0.9428, two levels
    // 0.9436, deeper the same); 30-60 characters at least (100 and 150 lost leads).
    private const int LeadLevels = 2;

    private const int LeadChars = 60;

    /// <summary>
    /// The lead (summary, abstract, standfirst) sits apart from the body, in the article's header,
    /// and is often shorter than a row of prose: a row or a child of it that the page names as
    /// its lead joins the article when it is text rather than links.
    /// </summary>
    private static void AddLead(IElement e, Dictionary<IElement, (int Chars, int Links, int Prose)> stats, HashSet<IElement> included, int depth)
    {
        if (!stats.TryGetValue(e, out var st) || st.Chars == 0)
        {
            return;
        }

        if (LeadHint().IsMatch(Hint(e)))
        {
            if (st.Chars >= LeadChars && (double)st.Links / st.Chars < RowLinkDensity)
            {
                included.Add(e);
            }

            return;
        }

        if (depth > 1)
        {
            foreach (var c in e.Children)
            {
                AddLead(c, stats, included, depth - 1);
            }
        }
    }

    [GeneratedRegex(@"lead|summary|abstract|standfirst|intro|excerpt|(?:^|[\s_-])dek(?:$|[\s_-])|subtitle|sub-?head(?:line)?|deck|chapeau|vorspann|teaser-?text|ringkasan|sommario|sumario|bajada|entradilla", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadHint();

    private const int PromoteSteps = 6;

    // Measured on trafilatura-eval: widening to the parent cost more precision than it gained recall,
    // so the parent is only taken when it adds (almost) no text of its own.
    private const double ExpandLinkDensity = 0.25;

    private const int KeepLinkChars = 300;

    private const double ExpandGrowth = 1.0;

    private static (int Chars, int Links) Totals(List<TextBlock> blocks, HashSet<IElement> under, IElement root)
    {
        int chars = 0, links = 0;
        foreach (var b in blocks)
        {
            if (Within(b.Container, under, root))
            {
                chars += b.Text.Length;
                links += b.LinkChars;
            }
        }

        return (chars, links);
    }

    /// <summary>Blocks of running text anywhere on the page (the fallback when scoring finds too little).</summary>
    public static List<TextBlock> RunningText(List<TextBlock> blocks) =>
        blocks.Where(b => b.Text.Length >= 60 && b.LinkDensity < 0.3 && b.Kind != ParagraphKind.Heading).ToList();

    // A picture's caption or credit line, as trafilatura-eval's annotators leave them out (on
    // its dev half, dropping them raised precision 0.920 -> 0.934 for 0.0035 of recall).
    private static bool InCaption(IElement e)
    {
        var steps = 0;
        for (var x = e; x is not null && steps < 8; x = x.ParentElement, steps++)
        {
            if (x.LocalName == "figcaption" || CaptionHint().IsMatch(Hint(x)))
            {
                return true;
            }

            if (x.LocalName is "article" or "main" or "body")
            {
                break;
            }
        }

        return false;
    }

    [GeneratedRegex(@"caption|credit|copyright|bildunterschrift|bildnachweis|legende?(?:$|[\s_-])|didascalia", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionHint();

    private static bool Keep(TextBlock b)
    {
        if (InCaption(b.Container))
        {
            return false;
        }

        if (b.LinkDensity > 0.5 && (b.Kind == ParagraphKind.ListItem || b.Text.Length < KeepLinkChars))
        {
            return false;
        }

        // A block that is only a date stamp ("Dienstag, 4. Juni 2019", "03.04.2020") belongs to the page's furniture.
        if (b.Text.Length <= 32 && b.Kind != ParagraphKind.Heading && BareDate().IsMatch(b.Text) && HtmlMetadataReader.ParseDate(b.Text) is not null)
        {
            return false;
        }

        // The post's stamp: a label, its date and the time ("Pubblicato il 3 marzo 2021 Ultima
        // modifica … 18:40"), or a time of day alone under the post's title. Without a time the
        // line may be the post's own text (a "Published 2 May 2021" closing an episode's notes).
        if (b.Text.Length <= StampChars && b.Kind != ParagraphKind.Heading && ((StampLine().IsMatch(b.Text) && ClockTime().IsMatch(b.Text)) || BareTime().IsMatch(b.Text)))
        {
            return false;
        }

        if (b.Text.Length <= CreditChars && CreditLine().IsMatch(b.Text))
        {
            return false;
        }

        // A caption the markup does not name as one still ends with its picture's credit
        // ("… gut getarnt. (mlharing / iStock.com)", "… | © Augusta National/Getty Images", "Foto © X").
        if (b.Text.Length <= CaptionChars && b.Kind != ParagraphKind.Heading && EndsWithCredit().IsMatch(b.Text))
        {
            return false;
        }

        // The publisher's appeal for support under the text: an imperative to back the site, or
        // the site telling its readers why it has no paywall.
        if (b.Text.Length <= PitchChars && (SupportAppeal().IsMatch(b.Text) || (Paywall().IsMatch(b.Text) && FirstPersonPlural().IsMatch(b.Text))))
        {
            return false;
        }

        if (b.Text.Length <= ChromeAnywhereChars && ChromeAnywhere().IsMatch(b.Text))
        {
            return false;
        }

        return !(b.Text.Length < 200 && ChromeLine().IsMatch(b.Text));
    }

    private const int PitchChars = 400;

    [GeneratedRegex(@"^(?:unterstütze|unterstützen sie|hilf uns|helfen sie uns|support us|support our|help us|dukung kami)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportAppeal();

    [GeneratedRegex(@"\b(?:paywall|bezahlschranke)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Paywall();

    [GeneratedRegex(@"\b(?:wir|unser\w*|we|our|kami)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonPlural();

    // A short line of widgets run together ("Kommentarfeed | Kommentare geschlossen | Trackback-URL",
    // "Gefällt mir Wird geladen...", "by Author Post a Comment") is chrome wherever its phrase sits.
    // A like button's label counts only when it opens the line: "… und das gefällt mir" ends a sentence.
    private const int ChromeAnywhereChars = 100;

    [GeneratedRegex(@"\b(?:kommentare? geschlossen|comments? (?:are )?closed|komentar ditutup|post a comment|leave a (?:comment|reply)|tulis komentar|trackback|wird geladen|loading\.\.\.|memuat\.\.\.)|^(?:gefällt mir|like this:|suka ini:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeAnywhere();

    private static bool Within(IElement e, HashSet<IElement> set, IElement root)
    {
        var steps = 0;
        for (var x = e; x is not null && steps < MaxDepth + 10; x = x.ParentElement, steps++)
        {
            if (set.Contains(x))
            {
                return true;
            }

            if (ReferenceEquals(x, root))
            {
                return false;
            }
        }

        return false;
    }

    private static double Initial(IElement e)
    {
        double s = e.LocalName switch
        {
            "div" or "article" or "section" => 5,
            "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var hint = Hint(e);
        if (hint.Length > 0)
        {
            if (Positive().IsMatch(hint))
            {
                s += 25;
            }

            if (Negative().IsMatch(hint))
            {
                s -= 25;
            }
        }

        if (e.LocalName == "article" || e.GetAttribute("itemprop") is "articleBody" or "text")
        {
            s += 15;
        }

        return s;
    }

    private static int Commas(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                n++;
            }
        }

        return n;
    }

    // The classes blog engines give the post's own wrapper (hentry, h-entry, WordPress's type-post and
    // status-publish): its other classes list the post's tags and categories ("tag-share",
    // "custom_tags-werbung"), which say nothing about the wrapper.
    [GeneratedRegex(@"(?:^|\s)(?:hentry|h-entry|type-post|status-publish)(?:$|\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostItself();

    [GeneratedRegex(@"(?:^|[\s_-])(?:disclosure|disclaimer-?affiliate|affiliate-?(?:text|disclosure|disclaimer|notice|hinweis|box))(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclosure();

    [GeneratedRegex(@"breadcrumb|postmetadata|(?:^|[\s_-])(?:post|entry)-?meta(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaParagraph();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    // Always boilerplate, even in a wrapper that also says "content".
    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|komentar|comment-list|commentlist|disqus|cookies?|cookie-?(?:banner|notice|consent)|gdpr|consent|newsletter|subscribe|subscription|share|sharing|social|socials|share-?buttons?|related|related-?(?:posts|articles|news)|breadcrumbs?|author-?(?:box|bio|info|description|profile)|about-?author|sidebar|widget-area|navbar|navigation|menu|site-?footer|site-?header|footer|pagination|pager|promo|advert|advertisement|ads?|ad-\w+|banner|popup|modal|tags|tag-?list|post-?tags|taglist|signup|login|skip-?link|print|toolbar|rating|recommended|more-?stories|read-?more|baca-?juga)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    [GeneratedRegex(@"comment|komentar|disqus|replies|respond|cookie|consent|gdpr|newsletter|share|sharing|social|related|breadcrumb|author-?(?:box|bio|info|description|profile)|about-?author|tags|taglist|recommend|more-?stories|read-?more|baca-?juga|outbrain|taboola", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysDropped();

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|cookie|newsletter|subscribe|widget|teaser|outbrain|taboola|nav", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"comment|komentar|disqus|replies|respond|related", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentHint();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|post|entry|story|text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|artikel|isi|detail|beitrag|inhalt", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    // Starts with the date itself or with a weekday and a comma: no label ("Termin:", "Veröffentlicht am") that makes it text.
    [GeneratedRegex(@"^(?:[0-9]|\p{L}{2,10},)", RegexOptions.CultureInvariant)]
    private static partial Regex BareDate();

    private const int StampChars = 100;

    [GeneratedRegex(@"^(?:published|posted|updated|last updated|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert|erschienen|gepubliceerd|bijgewerkt|diterbitkan|dipublikasikan|diperbarui)(?:\s+(?:on|am|le|il|el|em|op|pada|at))?\s*:?\s*(?:\p{L}{2,10},?\s+)?[0-9]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampLine();

    [GeneratedRegex(@"(?:^|\s)[0-9]{1,2}:[0-9]{2}(?:$|\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^[0-9]{1,2}[:.][0-9]{2}(?:\s?(?:am|pm|uhr|h|wib|wita|wit))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareTime();

    // A short line naming a picture agency or a copyright holder is a photo credit or the page's footer, not article text.
    private const int CreditChars = 80;

    [GeneratedRegex(@"shutterstock|istock|getty ?images|fotolia|unsplash|pixabay|adobe ?stock|imago|picture[- ]alliance|(?:^|[\s/(])(?:dpa|afp|reuters|ap photo|pap|epa)(?:$|[\s/),])|^\s*(?:©|\(c\)|copyright\b)|all rights reserved|alle rechte vorbehalten|hak cipta|tous droits réservés", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    private const int CaptionChars = 250;

    [GeneratedRegex(@"(?:©|\(c\)|\b(?:foto|fotos|photo|photos|bild|image|credit)\s*(?::|©))[^.!?:©]{1,60}\)?\s*$|\([^()]{0,50}(?:istock|getty ?images|shutterstock|fotolia|unsplash|pixabay|adobe ?stock|imago|picture[- ]alliance)[^()]{0,30}\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithCredit();

    [GeneratedRegex(@"\.( |$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:baca juga|baca|lihat juga|simak juga|read more|read also|see also|related|advertisement|iklan|scroll to continue|share this|bagikan|tags?\s*:|topik\s*:|follow us|ikuti kami|subscribe|" +
        @"lesen sie auch|lies auch|mehr zum thema|das könnte (?:sie|dich) auch interessieren|auch interessant|weitere artikel|" +
        @"post a comment|leave a comment|kommentare? (?:geschlossen|schreiben|insgesamt)|you may also like|more from|sign up|" +
        @"foto\s*:|fotos?\s*:|bild\s*:|photo\s*:|image\s*:|credit\s*:|aktualisiert\s*:|updated\s*:|zum shop|rezept drucken|" +
        @"schon gelesen|mehr themen|(?:zum )?weiterlesen|weitere (?:artikel|beiträge|themen|tourentipps)\b|das (?:thema|könnte)|empfehlungen aus|highlights aus|heute empfehlen wir|teilen sie (?:dies|diesen|den)|wie bewerten sie|bitte bewerten|permalink|permalien|inhaltsverzeichnis|wird geladen|beitragsbild|bild via|photo\b|crédit|crédito|quelle\s*:|\(quelle|aktualisiert am|zuletzt aktualisiert|ultima modifica|aufrufe\s*:|weitere informationen\s*:|zusatzinformationen\s*:|\(noch keine bewertungen|sie sind (?:aktuell )?nicht eingeloggt|alle angaben ohne gewähr|if you enjoyed|we want to hear|do you want to be informed|for the latest|release date\s*:|" +
        @"ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|related (?:posts|articles|stories)|artikel terkait|berita terkait|berita lainnya|war der artikel|möchten sie den artikel|werbung|anzeige|à lire aussi|lire aussi|leggi anche|lee también|posted by|veröffentlicht von|geschrieben von)(?:\b|(?<=:))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();
}
