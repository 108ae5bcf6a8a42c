namespace Liputan.Stories.Events;

/// <summary>
/// Links each batch's new events into stories against the stored ones, with the rebuild's
/// <see cref="StoryLinker"/> (same candidates, similarity and thresholds): at the end of a batch
/// the events it created are linked in date order against the candidate stories of the index
/// (stories whose last date lies within <see cref="ClusteringOptions.StoryDayWindow"/>); events
/// that grew keep their story and update its profile; an event merged into another leaves its
/// story (a story left without events goes); an event that aged out moves into its story's stored
/// sum. Only the changed stories, postings and rows are handed back, to be written in the batch's
/// transaction. The cost of a batch is its new events times their candidates, whatever the archive.
/// </summary>
/// <remarks>
/// A story's profile is the sum of its aged-out events (stored) and its live events (the
/// clusterer's vectors, which still grow): a grown event changes its story without a subtraction.
/// Stories are read from the store on demand and a bounded number stay cached; the index
/// (bounded by its keys times <see cref="ClusteringOptions.MaxPostings"/>) is held whole, as the
/// clusterer holds its own.
/// </remarks>
internal sealed class OnlineStoryLinker : IStoryProfiles
{
    // Clean stories kept between batches (two generations: a lookup in the older one promotes).
    private const int CacheStories = 10_000;
    private const int CacheDays = 2_000_000;

    private readonly StoryLinker _linker;
    private readonly bool _backgroundOff;
    private readonly IStoredStories _stored;
    private readonly Func<int, StoryEvent?> _live;
    private readonly TopTerms _top;
    private readonly TermTable _terms;
    private readonly HashSet<int> _changedKeys = [];
    private readonly Dictionary<int, int> _storyOfLive = [];
    private readonly Dictionary<int, int?> _lastDay = [];
    // The salient names of stories as last written (dropped whenever a story changes): most
    // candidates share too few names, and are passed over without reading their profile back.
    private readonly Dictionary<int, int[]> _salientOf = [];
    private readonly Dictionary<int, Story> _dirty = [];
    private readonly HashSet<int> _deleted = [];
    private readonly List<(int Event, int Story)> _eventStories = [];
    private readonly List<(int Ordinal, EventGroup Event)> _eventRows = [];
    private readonly List<string> _deletedEvents = [];
    private readonly List<string> _deletedStoryIds = [];
    private Dictionary<int, Story> _recent = [];
    private Dictionary<int, Story> _older = [];
    private int _count;
    private bool _replaceAll;

    private OnlineStoryLinker(ClusteringOptions options, TermTable terms, IStoredStories stored, Func<int, StoryEvent?> live)
    {
        _linker = new StoryLinker(options, terms) { ChangedKeys = _changedKeys };
        _backgroundOff = options.StoryBackgroundEvents <= 0;
        _terms = terms;
        _top = new TopTerms(terms);
        _stored = stored;
        _live = live;
    }

    /// <summary>Whether the stored events are all linked (false: <see cref="LinkAll"/> first).</summary>
    public bool Linked { get; private set; }

    /// <summary>Stories created so far.</summary>
    public int StoryCount => _count;

    /// <summary>
    /// A linker that goes on from <paramref name="state"/>: <paramref name="liveEvents"/> are the
    /// clusterer's live events as stored (with their story), <paramref name="live"/> gives a live
    /// event's current vectors, <paramref name="stored"/> reads the stored stories.
    /// </summary>
    public static OnlineStoryLinker Resume(OnlineStories state, IEnumerable<StoredCluster> liveEvents, bool anyEvents, ClusteringOptions options, TermTable terms, IStoredStories stored, Func<int, StoryEvent?> live, int? newestDay = null)
    {
        var l = new OnlineStoryLinker(options, terms, stored, live) { _count = state.StoryCount, Linked = state.Linked || !anyEvents };
        if (!l.Linked)
        {
            return l;
        }

        foreach (var p in state.Postings)
        {
            l._linker.Index[p.Term] = [.. p.Clusters];
        }

        foreach (var e in liveEvents)
        {
            if (e.Story >= 0)
            {
                l._storyOfLive[e.Seq] = e.Story;
            }
        }

        // The last dates of the stories still within the window, in one range query: the postings
        // name them, and a query per story would make the first batches of a run slow.
        if (newestDay is { } newest)
        {
            foreach (var (seq, day) in stored.LastDays(newest - options.StoryDayWindow - OnlineEventClusterer.LateDays))
            {
                l._lastDay[seq] = day;
            }
        }

        return l;
    }

    /// <summary>The events that changed in a batch (new, grown, merged, aged out): stories updated and new events linked.</summary>
    public void Update(IReadOnlyList<LinkerEvent> changed)
    {
        if (!Linked)
        {
            throw new InvalidOperationException("the stored events are not linked into stories yet: link them all first");
        }

        if (_lastDay.Count > CacheDays)
        {
            _lastDay.Clear();
        }

        if (_salientOf.Count > CacheDays)
        {
            _salientOf.Clear();
        }

        var fresh = new List<LinkerEvent>();
        foreach (var e in changed)
        {
            if (e.Merged)
            {
                // Its articles and vectors live on in the event it merged into; its story loses it.
                if (_storyOfLive.Remove(e.Seq, out var s))
                {
                    var story = Get(s);
                    story.Live.Remove(e.Seq);
                    story.Members--;
                    story.Profile = null;
                    story.RefreshLast(_live);
                    Changed(story);
                    if (story.Members == 0)
                    {
                        Delete(story);
                    }
                }

                if (e.Row is { } row)
                {
                    _deletedEvents.Add(row.Id);
                }
            }
            else if (_storyOfLive.TryGetValue(e.Seq, out var s))
            {
                var story = Get(s);
                if (e.Frozen)
                {
                    // Aged out: its vectors are final and join the story's stored sum.
                    _storyOfLive.Remove(e.Seq);
                    story.Live.Remove(e.Seq);
                    story.AddToBase(e.Event);
                }

                // Grown (or aged out, perhaps after growing): it keeps its story, whose profile is summed again when next read.
                story.Profile = null;

                story.RefreshLast(_live);
                Changed(story);
                AddRow(e, story);
            }
            else if (e.Row is not null)
            {
                fresh.Add(e);
            }
        }

        Link(fresh);
    }

    /// <summary>
    /// A full link (a store written before the linker's state, or after a rebuild): every stored
    /// event, in date order, into new stories; every event and story row is replaced on save.
    /// </summary>
    public void LinkAll(IReadOnlyList<LinkerEvent> events)
    {
        _linker.Index.Clear();
        _storyOfLive.Clear();
        _lastDay.Clear();
        _salientOf.Clear();
        _recent.Clear();
        _older.Clear();
        _dirty.Clear();
        _count = 0;
        _replaceAll = true;
        Linked = true;
        Link(events.Where(e => !e.Merged && e.Row is not null).ToList());
    }

    /// <summary>What changed since the last call: the stories, postings and rows to write.</summary>
    public OnlineStories TakeChanges()
    {
        var stories = new List<StoredStory>(_dirty.Count);
        var rows = new List<StoryGroup>(_dirty.Count);
        foreach (var story in _dirty.Values.OrderBy(s => s.Seq))
        {
            stories.Add(story.Store());
            var profile = ProfileOf(story);
            rows.Add(new StoryGroup(story.Id, [], TopTermsOf(profile.Body, 8)));
            if (_backgroundOff)
            {
                // Background names depend on the batch: kept names (and the profile's own) would then not decide alike.
                _salientOf[story.Seq] = profile.Salient(_linker);
            }
            _recent[story.Seq] = story;
        }

        var changes = new OnlineStories
        {
            Linked = true,
            StoryCount = _count,
            ReplaceAll = _replaceAll,
            Postings = [.. _changedKeys.Order().Select(k => new StoredPosting(k, _linker.Index.TryGetValue(k, out var l) ? [.. l] : []))],
            Stories = stories,
            DeletedStories = [.. _deleted.Order()],
            EventStories = [.. _eventStories],
            EventRows = [.. _eventRows],
            DeletedEventIds = [.. _deletedEvents],
            StoryRows = rows,
            DeletedStoryIds = [.. _deletedStoryIds],
        };

        foreach (var k in _changedKeys)
        {
            if (_linker.Index.TryGetValue(k, out var list) && list.Count == 0)
            {
                _linker.Index.Remove(k);
            }
        }

        _changedKeys.Clear();
        _dirty.Clear();
        _deleted.Clear();
        _eventStories.Clear();
        _eventRows.Clear();
        _deletedEvents.Clear();
        _deletedStoryIds.Clear();
        _replaceAll = false;
        if (_recent.Count > CacheStories)
        {
            (_older, _recent) = (_recent, []);
        }

        return changes;
    }

    /// <inheritdoc />
    public StoryProfile this[int story] => ProfileOf(Get(story));

    /// <inheritdoc />
    public int[]? KnownSalient(int story) => _salientOf.GetValueOrDefault(story);

    /// <inheritdoc />
    public bool TryLast(int story, out DateOnly? last)
    {
        last = null;
        if (_deleted.Contains(story))
        {
            return false;
        }

        int? day;
        if (Cached(story) is { } s)
        {
            day = s.LastDay;
        }
        else if (!_lastDay.TryGetValue(story, out day))
        {
            if (!_stored.TryLastDay(story, out day))
            {
                return false;
            }

            _lastDay[story] = day;
        }

        last = day is { } d ? DateOnly.FromDayNumber(d) : null;
        return true;
    }

    // New events in date order (then by first article, as the rebuild orders them), each into the
    // best candidate story or a new one, then filed under its keys.
    private void Link(List<LinkerEvent> events)
    {
        events.Sort((a, b) =>
        {
            var x = a.Event.First?.DayNumber ?? int.MaxValue;
            var y = b.Event.First?.DayNumber ?? int.MaxValue;
            return x != y ? x.CompareTo(y) : a.Row!.Articles[0].Value.CompareTo(b.Row!.Articles[0].Value);
        });
        _linker.CountEventsNaming([.. events.Select(e => e.Event)]);
        foreach (var e in events)
        {
            var keys = _linker.Keys(e.Event);
            var best = _linker.Choose(e.Event, keys, this);
            var story = best < 0 ? Create(e) : Get(best);
            story.Members++;
            if (e.Frozen)
            {
                story.AddToBase(e.Event);
            }
            else
            {
                story.Live.Add(e.Seq);
                _storyOfLive[e.Seq] = story.Seq;
            }

            // The profile, when summed already, takes the event in as the rebuild's does; one that
            // shares another's centroids is summed again when next read.
            if (story.Profile is { IsShared: false } profile)
            {
                profile.Absorb(e.Event);
            }
            else
            {
                story.Profile = null;
            }
            story.RefreshLast(_live);
            Changed(story);
            _linker.File(keys, story.Seq);
            _eventStories.Add((e.Seq, story.Seq));
            AddRow(e, story);
        }
    }

    private Story Create(LinkerEvent e)
    {
        var story = new Story(_count++, "s" + OnlineEventClusterer.ShortHash("story:" + e.Row!.Articles[0]), new Centroid(), new Centroid(), null);
        story.Profile = new StoryProfile();
        return story;
    }

    private void AddRow(LinkerEvent e, Story story)
    {
        if (e.Row is { } row)
        {
            _eventRows.Add((e.Seq, row with { StoryId = story.Id }));
        }
    }

    private void Changed(Story story)
    {
        _dirty[story.Seq] = story;
        _lastDay[story.Seq] = story.LastDay;
        _salientOf.Remove(story.Seq);
    }

    private void Delete(Story story)
    {
        _dirty.Remove(story.Seq);
        _recent.Remove(story.Seq);
        _older.Remove(story.Seq);
        _lastDay.Remove(story.Seq);
        _salientOf.Remove(story.Seq);
        _deleted.Add(story.Seq);
        _deletedStoryIds.Add(story.Id);
    }

    private Story? Cached(int seq)
    {
        if (_dirty.TryGetValue(seq, out var s) || _recent.TryGetValue(seq, out s))
        {
            return s;
        }

        if (_older.Remove(seq, out s))
        {
            _recent[seq] = s;
            return s;
        }

        return null;
    }

    private Story Get(int seq)
    {
        if (Cached(seq) is { } s)
        {
            return s;
        }

        var stored = _stored.Story(seq) ?? throw new InvalidDataException($"online story {seq} is named but not stored");
        s = Story.Restore(stored);
        _recent[seq] = s;
        return s;
    }

    // The stored sum of its aged-out events plus its live events' current vectors.
    private StoryProfile ProfileOf(Story story)
    {
        if (story.Profile is { } p)
        {
            return p;
        }

        // A story of one part (only aged-out events, or one live event) reads that part's centroids
        // without a copy; the profile is dropped whenever the part changes.
        var hasBase = story.BaseBody.Count > 0 || story.BaseEntities.Count > 0 || story.BaseLast is not null;
        var parts = new List<StoryEvent>(story.Live.Count + 1);
        if (hasBase)
        {
            parts.Add(new StoryEvent(null, story.BaseLast, story.BaseBody, story.BaseEntities));
        }

        foreach (var seq in story.Live)
        {
            if (_live(seq) is { } e)
            {
                parts.Add(e);
            }
        }

        if (parts.Count == 1)
        {
            p = new StoryProfile(parts[0]);
        }
        else
        {
            p = new StoryProfile();
            foreach (var part in parts)
            {
                p.Absorb(part);
            }
        }

        story.Profile = p;
        return p;
    }

    private List<string> TopTermsOf(Centroid c, int n) => _top.TextsOf(c, n, _terms);

    // One story: its stored part (aged-out events summed) and its live events.
    private sealed class Story(int seq, string id, Centroid baseBody, Centroid baseEntities, DateOnly? baseLast)
    {
        public int Seq { get; } = seq;

        public string Id { get; } = id;

        public Centroid BaseBody { get; } = baseBody;

        public Centroid BaseEntities { get; } = baseEntities;

        public DateOnly? BaseLast { get; private set; } = baseLast;

        public List<int> Live { get; } = [];

        public int Members { get; set; }

        public int? LastDay { get; private set; }

        // The summed profile while no event of it changed (null: sum again when read).
        public StoryProfile? Profile { get; set; }

        public static Story Restore(StoredStory s)
        {
            var story = new Story(s.Seq, s.Id, Centroid.Read(s.Body, false), Centroid.Read(s.Entities, false), s.BaseLastDay is { } b ? DateOnly.FromDayNumber(b) : null)
            {
                Members = s.Members,
                LastDay = s.LastDay,
            };
            story.Live.AddRange(s.Live);
            return story;
        }

        public void AddToBase(StoryEvent e)
        {
            BaseBody.Add(e.Body);
            BaseEntities.Add(e.Entities);
            if (e.Last is { } l && (BaseLast is null || l > BaseLast))
            {
                BaseLast = l;
            }
        }

        public void RefreshLast(Func<int, StoryEvent?> live)
        {
            var last = BaseLast;
            foreach (var seq in Live)
            {
                if (live(seq)?.Last is { } l && (last is null || l > last))
                {
                    last = l;
                }
            }

            LastDay = last?.DayNumber;
        }

        public StoredStory Store() => new(Seq, Id, LastDay, BaseLast?.DayNumber, Members, [.. Live], BaseBody.Write(), BaseEntities.Write());
    }
}
