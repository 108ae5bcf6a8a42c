namespace Liputan.Coverage;

/// <summary>One article as a story view lists it.</summary>
public sealed record ArticleRef(string Id, string? Title, string? Outlet, string? Domain, string? Published, string? Url, string? Source)
{
    /// <summary>Copies of this article elsewhere ("also published at"), each a near-duplicate of it.</summary>
    public IReadOnlyList<ArticleRef> AlsoPublishedAt { get; init; } = [];
}

/// <summary>One event of a story.</summary>
public sealed record EventView(string Id, string? Date, IReadOnlyList<ArticleRef> Articles);

/// <summary>Coverage of one outlet in a story.</summary>
public sealed record OutletView(string Name, int Articles, string? First, string? Last);

/// <summary>The story view: events in date order, their articles, and the outlets.</summary>
public sealed record StoryView(string Id, string Title, string? First, string? Last, IReadOnlyList<EventView> Events, IReadOnlyList<OutletView> Outlets, IReadOnlyList<string> Terms);
