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
internal sealed class StoryLinker(ClusteringOptions options, TermTable terms)
{
    private readonly ClusteringOptions _o = options;
    private readonly TopTerms _top = new(terms);

    // How many of the events being linked name each name (only with a background limit set).
    private readonly Dictionary<int, int> _eventsNaming = [];

    /// <summary>The story index (0, 1, … in order of first event) of each event.</summary>
    public int[] Link(IReadOnlyList<StoryEvent> events)
    {
        CountEventsNaming(events);
        var stories = new List<Profile>();
        var storyOf = new int[events.Count];
        var index = new Dictionary<int, List<int>>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var keys = Keys(e);
            var best = -1;
            var bestSim = double.MinValue;
            var salient = Salient(e.Entities);
            foreach (var j in Candidates(keys, index, e.First, stories))
            {
                var sim = Similarity(e, salient, stories[j]);
                if (sim is { } s && s > bestSim)
                {
                    best = j;
                    bestSim = s;
                }
            }

            if (best < 0 || bestSim < _o.StoryThreshold)
            {
                stories.Add(new Profile());
                best = stories.Count - 1;
            }

            stories[best].Absorb(e);
            storyOf[i] = best;
            foreach (var key in keys)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != best)
                {
                    list.Add(best);
                    // Only the most recent stories per key: a lookup's cost stays bounded however common the key.
                    if (list.Count > _o.MaxPostings)
                    {
                        list.RemoveRange(0, list.Count - _o.MaxPostings);
                    }
                }
            }
        }

        return storyOf;
    }

    // The weighted similarity, or null when a required overlap is missing.
    private double? Similarity(StoryEvent e, HashSet<int> salient, Profile story)
    {
        var entities = Centroid.Cosine(e.Entities, story.Entities);
        if (entities < _o.StoryMinEntityCosine)
        {
            return null;
        }

        var body = Centroid.Cosine(e.Body, story.Body);
        if (body < _o.StoryMinBodyCosine || story.Salient(this).Count(salient.Contains) < _o.StoryMinSharedNames)
        {
            return null;
        }

        return ((1 - _o.StoryEntityWeight) * body) + (_o.StoryEntityWeight * entities);
    }

    private HashSet<int> Salient(Centroid entities) => [.. TopNames(entities)];

    // A follow-up repeats its own event's specific names (the village, the flight, the kitchen);
    // a recurring actor's next event shares the actor, whom many events name. Counted over the
    // whole batch: the first recurrence of an actor is only visible once its later events are in.
    private void CountEventsNaming(IReadOnlyList<StoryEvent> events)
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

    // The heaviest names that are not background.
    private int[] TopNames(Centroid entities)
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

    // Stories sharing an index key with the event whose last event lies within the window; stale
    // postings are dropped as they are met, so the index holds live stories only.
    private SortedSet<int> Candidates(List<int> keys, Dictionary<int, List<int>> index, DateOnly? now, List<Profile> stories)
    {
        var hits = new Dictionary<int, int>();
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list))
            {
                continue;
            }

            if (now is { } d)
            {
                list.RemoveAll(s => stories[s].Last is { } last && d.DayNumber - last.DayNumber > _o.StoryDayWindow);
            }

            foreach (var s in list)
            {
                hits[s] = hits.GetValueOrDefault(s) + 1;
            }
        }

        return new SortedSet<int>(hits.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(_o.MaxCandidates).Select(kv => kv.Key));
    }

    private List<int> Keys(StoryEvent e) => [.. Top(e.Body, _o.CandidateTerms), .. Top(e.Entities, _o.CandidateTerms)];

    // The n heaviest terms, ties by the term's text (the clusterer's own selection).
    private int[] Top(Centroid c, int n)
    {
        _top.Reset(n);
        _top.Offer(c);
        return _top.Selected.ToArray();
    }

    // A story's summed event vectors and its date span.
    private sealed class Profile
    {
        // Its heaviest names, kept until the next event joins: compared with every candidate event.
        private int[]? _salient;

        public DateOnly? Last { get; private set; }

        public int[] Salient(StoryLinker linker) => _salient ??= linker.TopNames(Entities);

        public Centroid Body { get; } = new();

        public Centroid Entities { get; } = new();

        public void Absorb(StoryEvent e)
        {
            if (e.Last is { } l && (Last is null || l > Last))
            {
                Last = l;
            }

            Body.Add(e.Body);
            Entities.Add(e.Entities);
            _salient = null;
        }
    }
}
