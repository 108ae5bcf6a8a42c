namespace Liputan.Stories.Events;

/// <summary>The story-linking thresholds beyond the combined similarity (tuned in docs/tuning-stories.md).</summary>
public sealed partial record ClusteringOptions
{
    /// <summary>An event joins a story only when the cosine of their names-and-numbers vectors reaches this.</summary>
    public double StoryMinEntityCosine { get; init; } = 0.45;

    /// <summary>An event joins a story only when its body-term cosine with the story reaches this (topic overlap).</summary>
    public double StoryMinBodyCosine { get; init; } = 0.25;

    /// <summary>An event joins a story only when this many of its salient names are also salient in the story.</summary>
    public int StoryMinSharedNames { get; init; } = 3;

    /// <summary>How many of the heaviest names and numbers (by TF-IDF) count as an event's or story's salient names.</summary>
    public int StorySalientNames { get; init; } = 8;

    /// <summary>
    /// A name found in more than this many of the events being linked is background (a recurring
    /// official, company, club, city) and takes no salient slot; 0 keeps every name.
    /// </summary>
    public int StoryBackgroundEvents { get; init; }
}

/// <summary>One event as the story linker sees it: its dates and its summed TF-IDF vectors (its centroids).</summary>
internal sealed record StoryEvent(DateOnly? First, DateOnly? Last, Centroid Body, Centroid Entities);

/// <summary>
/// Links events (in date order) into stories. Each event joins the story whose summed profile
/// (not its closest event: no chaining through a bridge event) it resembles most, within
/// <see cref="ClusteringOptions.StoryDayWindow"/> of the story's last event, and only when the
/// two share the specific actors of one storyline, not just a topic: the weighted similarity
/// must reach <see cref="ClusteringOptions.StoryThreshold"/>, the names-and-numbers cosine and the
/// body cosine their own minimums, and enough salient names must be shared. A follow-up repeats
/// the first event's people, places and figures; the same kind of event elsewhere shares the
/// vocabulary and at most an official or two. Candidate stories come from an inverted index over
/// each event's heaviest terms and names, so the cost per event is bounded by the candidate set.
/// </summary>
/// <remarks>
/// <see cref="Link"/> links a whole list at once (the rebuild); <see cref="Choose"/> and
/// <see cref="File"/> are the same steps one event at a time over stories held elsewhere, which is
/// how <see cref="OnlineStoryLinker"/> links each batch's new events against the stored stories.
/// </remarks>
internal sealed class StoryLinker(ClusteringOptions options, TermTable terms)
{
    private readonly ClusteringOptions _o = options;
    private readonly TopTerms _top = new(terms);

    // How many of the events being linked name each name (only with a background limit set).
    private readonly Dictionary<int, int> _eventsNaming = [];

    /// <summary>The candidate index: story numbers filed under each key (term id), most recent last.</summary>
    public Dictionary<int, List<int>> Index { get; } = [];

    /// <summary>When set, collects the keys whose posting list changed (filed or pruned).</summary>
    public HashSet<int>? ChangedKeys { get; init; }

    /// <summary>The story index (0, 1, … in order of first event) of each event.</summary>
    public int[] Link(IReadOnlyList<StoryEvent> events)
    {
        CountEventsNaming(events);
        var stories = new StoryList();
        var storyOf = new int[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var keys = Keys(e);
            var best = Choose(e, keys, stories);
            if (best < 0)
            {
                best = stories.Add();
            }

            stories[best].Absorb(e);
            storyOf[i] = best;
            File(keys, best);
        }

        return storyOf;
    }

    /// <summary>The story <paramref name="e"/> joins among the candidates its <paramref name="keys"/> find, or -1 when none is close enough (a new story).</summary>
    public int Choose(StoryEvent e, List<int> keys, IStoryProfiles stories)
    {
        var best = -1;
        var bestSim = double.MinValue;
        var salient = Salient(e.Entities);
        foreach (var j in Candidates(keys, e.First, stories))
        {
            // The names test of Similarity, ahead of reading the profile.
            if (stories.KnownSalient(j) is { } names && SharedNames(names, salient) < _o.StoryMinSharedNames)
            {
                continue;
            }

            var sim = Similarity(e, salient, stories[j]);
            if (sim is { } s && s > bestSim)
            {
                best = j;
                bestSim = s;
            }
        }

        return best < 0 || bestSim < _o.StoryThreshold ? -1 : best;
    }

    /// <summary>Files <paramref name="story"/> under the event's <paramref name="keys"/> in the candidate index.</summary>
    public void File(List<int> keys, int story)
    {
        foreach (var key in keys)
        {
            if (!Index.TryGetValue(key, out var list))
            {
                Index[key] = list = [];
            }

            if (list.Count == 0 || list[^1] != story)
            {
                list.Add(story);
                ChangedKeys?.Add(key);
                // Only the most recent stories per key: a lookup's cost stays bounded however common the key.
                if (list.Count > _o.MaxPostings)
                {
                    list.RemoveRange(0, list.Count - _o.MaxPostings);
                }
            }
        }
    }

    /// <summary>The index keys of an event: its heaviest body terms, then its heaviest names and numbers.</summary>
    public List<int> Keys(StoryEvent e) => [.. Top(e.Body, _o.CandidateTerms), .. Top(e.Entities, _o.CandidateTerms)];

    /// <summary>
    /// Counts, over <paramref name="events"/> (those about to be linked), how many name each name, for
    /// <see cref="ClusteringOptions.StoryBackgroundEvents"/>; a no-op when that limit is 0.
    /// </summary>
    // A follow-up repeats its own event's specific names (the village, the flight, the kitchen);
    // a recurring actor's next event shares the actor, whom many events name. Counted over the
    // whole batch: the first recurrence of an actor is only visible once its later events are in.
    public void CountEventsNaming(IReadOnlyList<StoryEvent> events)
    {
        _eventsNaming.Clear();
        if (_o.StoryBackgroundEvents <= 0)
        {
            return;
        }

        foreach (var e in events)
        {
            foreach (var (id, weight) in e.Entities.Entries())
            {
                if (weight > 0)
                {
                    _eventsNaming[id] = _eventsNaming.GetValueOrDefault(id) + 1;
                }
            }
        }
    }

    /// <summary>The heaviest names that are not background.</summary>
    public int[] TopNames(Centroid entities)
    {
        if (_o.StoryBackgroundEvents <= 0)
        {
            return Top(entities, _o.StorySalientNames);
        }

        _top.Reset(_o.StorySalientNames);
        foreach (var (id, weight) in entities.Entries())
        {
            if (_eventsNaming.GetValueOrDefault(id) <= _o.StoryBackgroundEvents)
            {
                _top.Offer(id, weight);
            }
        }

        return _top.Selected.ToArray();
    }

    // The weighted similarity, or null when a required overlap is missing.
    private double? Similarity(StoryEvent e, HashSet<int> salient, StoryProfile story)
    {
        var entities = Centroid.Cosine(e.Entities, story.Entities);
        if (entities < _o.StoryMinEntityCosine)
        {
            return null;
        }

        var body = Centroid.Cosine(e.Body, story.Body);
        if (body < _o.StoryMinBodyCosine || SharedNames(story.Salient(this), salient) < _o.StoryMinSharedNames)
        {
            return null;
        }

        return ((1 - _o.StoryEntityWeight) * body) + (_o.StoryEntityWeight * entities);
    }

    private HashSet<int> Salient(Centroid entities) => [.. TopNames(entities)];

    private static int SharedNames(int[] names, HashSet<int> salient) => names.Count(salient.Contains);

    // Stories sharing an index key with the event whose last event lies within the window; stale
    // postings (and stories that are gone) are dropped as they are met, so the index holds live stories only.
    private SortedSet<int> Candidates(List<int> keys, DateOnly? now, IStoryProfiles stories)
    {
        var hits = new Dictionary<int, int>();
        foreach (var key in keys)
        {
            if (!Index.TryGetValue(key, out var list))
            {
                continue;
            }

            if (now is { } d && list.RemoveAll(s => !stories.TryLast(s, out var last) || (last is { } l && d.DayNumber - l.DayNumber > _o.StoryDayWindow)) > 0)
            {
                ChangedKeys?.Add(key);
            }

            foreach (var s in list)
            {
                hits[s] = hits.GetValueOrDefault(s) + 1;
            }
        }

        return new SortedSet<int>(hits.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(_o.MaxCandidates).Select(kv => kv.Key));
    }

    // The n heaviest terms, ties by the term's text (the clusterer's own selection).
    private int[] Top(Centroid c, int n)
    {
        _top.Reset(n);
        _top.Offer(c);
        return _top.Selected.ToArray();
    }

    // The rebuild's stories: every profile in memory, numbered in order of creation.
    private sealed class StoryList : IStoryProfiles
    {
        private readonly List<StoryProfile> _stories = [];

        public StoryProfile this[int story] => _stories[story];

        public int Add()
        {
            _stories.Add(new StoryProfile());
            return _stories.Count - 1;
        }

        public bool TryLast(int story, out DateOnly? last)
        {
            last = _stories[story].Last;
            return true;
        }
    }
}
