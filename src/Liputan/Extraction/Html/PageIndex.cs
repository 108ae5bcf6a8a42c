using AngleSharp.Dom;

namespace Liputan.Extraction.Html;

/// <summary>
/// The elements the metadata reader looks at, gathered in one walk over the document (in
/// document order). Each CSS query is a walk of its own, and a dozen of them cost as much as
/// parsing the page.
/// </summary>
internal sealed class PageIndex
{
    private static readonly string[] DateClassWords = ["date", "time", "publish", "posted", "datum", "meta", "byline", "dateline", "submitted"];

    public List<IElement> Metas { get; } = [];

    public List<IElement> LdScripts { get; } = [];

    public List<IElement> H1s { get; } = [];

    public IElement? Canonical { get; private set; }

    /// <summary>Elements marked as the author: rel/itemprop author, author and byline classes.</summary>
    public List<IElement> AuthorElements { get; } = [];

    /// <summary>Paragraph-like elements a written byline ("Penulis: …") may stand in.</summary>
    public List<IElement> BylineCandidates { get; } = [];

    /// <summary>Microdata and RDFa publication dates.</summary>
    public List<IElement> StructuredDates { get; } = [];

    public List<IElement> Times { get; } = [];

    /// <summary>Elements whose class or id names a date, and abbr elements.</summary>
    public List<IElement> DateClassed { get; } = [];

    public static PageIndex Build(IDocument doc)
    {
        var index = new PageIndex();
        var root = doc.DocumentElement;
        for (var el = root; el is not null; el = Next(el, root))
        {
            index.Visit(el);
        }

        return index;
    }

    private static IElement? Next(IElement el, IElement root)
    {
        if (el.FirstElementChild is { } child)
        {
            return child;
        }

        for (var x = el; x is not null && !ReferenceEquals(x, root); x = x.ParentElement)
        {
            if (x.NextElementSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }

    private void Visit(IElement el)
    {
        var tag = el.LocalName;
        switch (tag)
        {
            case "meta":
                Metas.Add(el);
                return;
            case "script":
                if (string.Equals(el.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    LdScripts.Add(el);
                }

                return;
            case "link":
                if (Canonical is null && el.GetAttribute("rel") == "canonical")
                {
                    Canonical = el;
                }

                return;
            case "h1":
                H1s.Add(el);
                break;
            case "time":
                Times.Add(el);
                break;
            case "p" or "div" or "span" or "li":
                BylineCandidates.Add(el);
                break;
        }

        var cls = el.GetAttribute("class");
        var itemprop = el.GetAttribute("itemprop");
        if (el.GetAttribute("rel") == "author" || itemprop == "author" ||
            (cls is not null && (HasPart(cls, "author") || HasPart(cls, "authors") || HasToken(cls, "fn") ||
                                 cls.Contains("author-name", StringComparison.Ordinal) || cls.Contains("authorname", StringComparison.Ordinal) || cls.Contains("byline", StringComparison.Ordinal))))
        {
            AuthorElements.Add(el);
        }

        var property = el.GetAttribute("property");
        if (itemprop is "datePublished" or "dateCreated" ||
            (property is not null && (property.EndsWith("datePublished", StringComparison.Ordinal) || property.EndsWith("dateCreated", StringComparison.Ordinal))))
        {
            StructuredDates.Add(el);
        }

        if (tag == "abbr" || (cls is not null && ContainsAny(cls, DateClassWords)) || (el.Id is { } id && id.Contains("date", StringComparison.Ordinal)))
        {
            DateClassed.Add(el);
        }
    }

    private static bool ContainsAny(string s, string[] words)
    {
        foreach (var w in words)
        {
            if (s.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The word as a class or as one part of a compound class name ("post-author", "c-byline__author",
    // "author-title"): sites name their byline element in their own naming scheme.
    private static bool HasPart(string classes, string part)
    {
        var i = 0;
        while ((i = classes.IndexOf(part, i, StringComparison.Ordinal)) >= 0)
        {
            var end = i + part.Length;
            if ((i == 0 || IsClassBreak(classes[i - 1])) && (end == classes.Length || IsClassBreak(classes[end])))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    private static bool IsClassBreak(char c) => char.IsWhiteSpace(c) || c is '-' or '_';

    /// <summary>True when the white-space separated class list holds <paramref name="token"/>.</summary>
    private static bool HasToken(string classes, string token)
    {
        var i = 0;
        while ((i = classes.IndexOf(token, i, StringComparison.Ordinal)) >= 0)
        {
            var end = i + token.Length;
            if ((i == 0 || char.IsWhiteSpace(classes[i - 1])) && (end == classes.Length || char.IsWhiteSpace(classes[end])))
            {
                return true;
            }

            i = end;
        }

        return false;
    }
}
