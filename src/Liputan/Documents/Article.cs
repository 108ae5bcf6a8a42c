namespace Liputan.Documents;

/// <summary>
/// A clean article: one normalised body string (NFC) and its metadata. Paragraphs are spans
/// over <see cref="Body"/>; offsets are UTF-16 indices.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from the canonical URL, or from the content hash when there is no URL.</summary>
    public required ArticleId Id { get; init; }

    /// <summary>Canonical URL, when the page gives one.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>Where the bytes came from (file path or URL).</summary>
    public string? Source { get; init; }

    /// <summary>The publication, when it could be identified.</summary>
    public Outlet? Outlet { get; init; }

    /// <summary>Headline; null when the page does not give one (never the site name).</summary>
    public string? Title { get; init; }

    /// <summary>Standfirst or description, kept out of the body.</summary>
    public string? Description { get; init; }

    /// <summary>Authors as the byline names them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Editor, when the page names one.</summary>
    public string? Editor { get; init; }

    /// <summary>Publication date as the page states it; null when absent, never the fetch time.</summary>
    public DateValue? Published { get; init; }

    /// <summary>Last modification date as the page states it.</summary>
    public DateValue? Modified { get; init; }

    /// <summary>ISO 639-1 language code ("id", "en") or "other".</summary>
    public string Language { get; init; } = "id";

    /// <summary>Dateline taken out of the first paragraph ("Bisnis.com, JAKARTA").</summary>
    public string? Dateline { get; init; }

    /// <summary>The normalised body text; paragraphs are separated by a blank line.</summary>
    public required string Body { get; init; }

    /// <summary>Paragraph spans over <see cref="Body"/>, in reading order.</summary>
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    /// <summary>Hash of the normalised body, hex; the key for exact duplicates.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Media credited for photos ("Antara/Reuters"), read from captions before they were dropped.</summary>
    public IReadOnlyList<string> PhotoCredits { get; init; } = [];
}
