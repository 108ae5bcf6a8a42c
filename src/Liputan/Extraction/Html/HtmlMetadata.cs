using Liputan.Documents;

namespace Liputan.Extraction.Html;

/// <summary>What a page's markup says about its article: structured data first, heuristics after.</summary>
public sealed record HtmlMetadata
{
    /// <summary>The headline without the site name.</summary>
    public string? Title { get; init; }

    /// <summary>The page's summary (og:description or meta description).</summary>
    public string? Description { get; init; }

    /// <summary>The canonical URL (link rel=canonical, og:url).</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>The site's own name (og:site_name, JSON-LD publisher).</summary>
    public string? SiteName { get; init; }

    /// <summary>The authors, in page order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The editor a byline names.</summary>
    public string? Editor { get; init; }

    /// <summary>The publication date.</summary>
    public DateValue? Published { get; init; }

    /// <summary>The last modification date.</summary>
    public DateValue? Modified { get; init; }

    /// <summary>The longest article body the page's JSON-LD states (<c>articleBody</c>), as written there.</summary>
    internal string? StatedBody { get; init; }

    /// <summary>The ingredients a recipe page's JSON-LD states (<c>recipeIngredient</c>).</summary>
    internal IReadOnlyList<string> StatedIngredients { get; init; } = [];
}
