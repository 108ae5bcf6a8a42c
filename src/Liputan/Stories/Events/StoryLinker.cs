namespace Liputan.Stories.Events;

/// <summary>The story-linking requirements beyond the combined similarity (tuned in docs/tuning-stories.md).</summary>
public sealed partial record ClusteringOptions
{
    /// <summary>An event joins a story only when the cosine of their names-and-numbers vectors reaches this.</summary>
    public double StoryMinEntityCosine { get; init; } = 0.4;

    /// <summary>An event joins a story only when its body-term cosine with the story reaches this (topic overlap).</summary>
    public double StoryMinBodyCosine { get; init; } = 0.2;

    /// <summary>An event joins a story only when this many of its salient names are also salient in the story.</summary>
    public int StoryMinSharedNames { get; init; } = 3;

    /// <summary>How many of the heaviest names and numbers (by TF-IDF) count as an event's or story's salient names.</summary>
    public int StorySalientNames { get; init; } = 10;
}

/// <summary>
/// When an event may join a story, and how strongly. A follow-up repeats the first event's
/// people, places and figures; the same kind of event elsewhere, or a new item of a recurring
/// topic, shares the vocabulary and an official or two. So besides the weighted similarity
/// (<see cref="ClusteringOptions.StoryThreshold"/>), a link needs the names-and-numbers cosine
/// and the body cosine (topic overlap) to reach their minimums and enough salient names to be
/// shared. The clusterer asks this for each candidate story within the window; keeping the rule
/// apart from the clusterer's data structures lets either change alone.
/// </summary>
internal static class StoryLinkRule
{
    /// <summary>
    /// The similarity of an event to a story, or null when a required overlap is missing or the
    /// similarity stays under the story threshold.
    /// </summary>
    public static double? Score(ClusteringOptions o, double bodyCosine, double entityCosine, int sharedNames)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (entityCosine < o.StoryMinEntityCosine || bodyCosine < o.StoryMinBodyCosine || sharedNames < o.StoryMinSharedNames)
        {
            return null;
        }

        var sim = ((1 - o.StoryEntityWeight) * bodyCosine) + (o.StoryEntityWeight * entityCosine);
        return sim >= o.StoryThreshold ? sim : null;
    }

    /// <summary>How many of one side's salient names are among the other's.</summary>
    public static int Shared<T>(IEnumerable<T> a, IEnumerable<T> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var set = b.ToHashSet();
        return a.Count(set.Contains);
    }
}
