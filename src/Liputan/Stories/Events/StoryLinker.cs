namespace Liputan.Stories.Events;

/// <summary>The story-linking thresholds beyond the combined similarity (tuned in docs/tuning-stories.md).</summary>
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

/// <summary>One event as the story linker sees it: its dates and its summed TF-IDF vectors.</summary>
internal sealed record StoryEvent(DateOnly? First, DateOnly? Last, Dictionary<string, double> Body, Dictionary<string, double> Entities);

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
internal sealed class StoryLinker(ClusteringOptions options)
{
    private readonly ClusteringOptions _o = options;

    /// <summary>The story index (0, 1, … in order of first event) of each event.</summary>
    public int[] Link(IReadOnlyList<StoryEvent> events)
    {
        var stories = new List<Profile>();
        var storyOf = new int[events.Count];
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var keys = Keys(e).ToList();
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
    private double? Similarity(StoryEvent e, HashSet<string> salient, Profile story)
    {
        var entities = Cosine(e.Entities, story.Entities);
        if (entities < _o.StoryMinEntityCosine)
        {
            return null;
        }

        var body = Cosine(e.Body, story.Body);
        if (body < _o.StoryMinBodyCosine || story.Salient(_o.StorySalientNames).Count(salient.Contains) < _o.StoryMinSharedNames)
        {
            return null;
        }

        return ((1 - _o.StoryEntityWeight) * body) + (_o.StoryEntityWeight * entities);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        // Walk the smaller vector.
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (t, w) in small)
        {
            if (large.TryGetValue(t, out var wb))
            {
                dot += w * wb;
            }
        }

        return dot / Math.Sqrt(a.Values.Sum(x => x * x) * b.Values.Sum(x => x * x));
    }

    private HashSet<string> Salient(Dictionary<string, double> entities) => Top(entities, _o.StorySalientNames).ToHashSet(StringComparer.Ordinal);

    // Stories sharing an index key with the event whose last event lies within the window; stale
    // postings are dropped as they are met, so the index holds live stories only.
    private SortedSet<int> Candidates(List<string> keys, Dictionary<string, List<int>> index, DateOnly? now, List<Profile> stories)
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

    private IEnumerable<string> Keys(StoryEvent e) => Top(e.Body, _o.CandidateTerms).Concat(Top(e.Entities, _o.CandidateTerms));

    private static IEnumerable<string> Top(Dictionary<string, double> v, int n) =>
        v.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => kv.Key);

    // A story's summed event vectors and its date span.
    private sealed class Profile
    {
        // Its heaviest names, kept until the next event joins: compared with every candidate event.
        private List<string>? _salient;

        public DateOnly? Last { get; private set; }

        public List<string> Salient(int n) => _salient ??= Top(Entities, n).ToList();

        public Dictionary<string, double> Body { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, double> Entities { get; } = new(StringComparer.Ordinal);

        public void Absorb(StoryEvent e)
        {
            if (e.Last is { } l && (Last is null || l > Last))
            {
                Last = l;
            }

            Sum(Body, e.Body);
            Sum(Entities, e.Entities);
            _salient = null;
        }

        private static void Sum(Dictionary<string, double> into, Dictionary<string, double> v)
        {
            foreach (var (t, w) in v)
            {
                into[t] = into.GetValueOrDefault(t) + w;
            }
        }
    }
}
