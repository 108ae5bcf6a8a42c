using Liputan.Documents;

namespace Liputan.Stories.Events;

/// <summary>One event: articles about one happening, on one date.</summary>
public sealed record EventGroup(string Id, string StoryId, IReadOnlyList<ArticleId> Articles, DateOnly? Date, IReadOnlyList<string> TopTerms);

/// <summary>One story: events linked over time.</summary>
public sealed record StoryGroup(string Id, IReadOnlyList<string> EventIds, IReadOnlyList<string> TopTerms);

/// <summary>The result of grouping: events and stories, deterministic for the same input.</summary>
public sealed record Grouping(IReadOnlyList<EventGroup> Events, IReadOnlyList<StoryGroup> Stories)
{
    /// <summary>Near-duplicate copies, each under its canonical article (copies also sit in their canonical's event).</summary>
    public IReadOnlyList<Duplicates.DuplicateLink> Duplicates { get; init; } = [];
}
