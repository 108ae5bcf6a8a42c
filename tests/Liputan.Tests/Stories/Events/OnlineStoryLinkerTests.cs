using Liputan.Documents;
using Liputan.Stories.Events;

namespace Liputan.Tests.Stories.Events;

public sealed class OnlineStoryLinkerTests
{
    private static readonly DateOnly Jan10 = new(2025, 1, 10);

    private const string LandslideBody = "longsor:1 timbun:0.8 rumah:0.5 korban:0.6 evakuasi:0.4 tebing:0.7";
    private const string LandslideNames = "@sidawangi:1 @pagentan:0.8 @banjarnegara:0.9 @wahyu:0.6 @nugroho:0.6 @basarnas:0.3";
    private const string RelocationBody = "relokasi:1 huntara:0.8 longsor:0.6 rumah:0.5 korban:0.4 lahan:0.5";
    private const string RelocationNames = "@sidawangi:1 @karangsari:0.9 @banjarnegara:0.8 @wahyu:0.5 @nugroho:0.5 @slamet:0.4";
    private const string FestivalBody = "festival:1 kuliner:0.9 ramadan:0.7 pengunjung:0.5 stan:0.6";
    private const string FestivalNames = "@losari:1 @makassar:0.9 @danny:0.6 @pomanto:0.6";

    private readonly TermTable _terms = new();
    private readonly Dictionary<int, StoryEvent> _live = [];
    private readonly FakeStore _store = new();

    private Centroid Vector(string terms)
    {
        var pairs = terms.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split(':'))
            .Select(p => (Id: _terms.Id(p[0]), Weight: double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(p => p.Id).ToArray();
        var c = new Centroid();
        c.Add(new TermVector([.. pairs.Select(p => p.Id)], [.. pairs.Select(p => p.Weight)]));
        return c;
    }

    // A live event as the clusterer would hand it over (its vectors also readable as live).
    private LinkerEvent Live(int seq, DateOnly first, string body, string names)
    {
        var e = new StoryEvent(first, first.AddDays(1), Vector(body), Vector(names));
        _live[seq] = e;
        return new LinkerEvent(seq, e, false, false, Row(seq, first));
    }

    private static EventGroup Row(int seq, DateOnly first) => new($"e{seq}", "", [new ArticleId((ulong)(1000 + seq))], first, []);

    private LinkerEvent Merged(int seq) => new(seq, _live[seq], true, false, Row(seq, _live[seq].First!.Value));

    private LinkerEvent Frozen(int seq) => new(seq, _live[seq], false, true, Row(seq, _live[seq].First!.Value));

    private OnlineStoryLinker Resume(OnlineStories? state = null, IEnumerable<StoredCluster>? live = null) =>
        OnlineStoryLinker.Resume(state ?? new OnlineStories(), live ?? [], anyEvents: state is not null, ClusteringOptions.Default, _terms, _store,
            seq => _live.GetValueOrDefault(seq), Jan10.DayNumber);

    // Runs one batch and keeps what it would write, as the store does.
    private OnlineStories Batch(OnlineStoryLinker linker, params LinkerEvent[] changed)
    {
        linker.Update(changed);
        var changes = linker.TakeChanges();
        _store.Save(changes);
        return changes;
    }

    private static string StoryOf(OnlineStories changes, int seq) => changes.EventRows.Single(r => r.Ordinal == seq).Event.StoryId;

    [Fact]
    public void Should_link_a_follow_up_of_a_later_batch_into_the_story_and_keep_another_event_apart()
    {
        // Given a batch with a landslide
        var linker = Resume();
        var first = Batch(linker, Live(0, Jan10, LandslideBody, LandslideNames));

        // When a later batch brings the relocation of its victims and an unrelated festival
        var later = Batch(linker, Live(1, Jan10.AddDays(10), RelocationBody, RelocationNames), Live(2, Jan10.AddDays(10), FestivalBody, FestivalNames));

        // Then the relocation joins the landslide's story and the festival starts its own; only the changed story rows are written
        StoryOf(later, 1).ShouldBe(StoryOf(first, 0));
        StoryOf(later, 2).ShouldNotBe(StoryOf(first, 0));
        later.Stories.Select(s => s.Seq).ShouldBe([0, 1]);
        later.Stories[0].Members.ShouldBe(2);
        later.EventStories.ShouldBe([(1, 0), (2, 1)]);
    }

    [Fact]
    public void Should_drop_a_merged_event_from_its_story_and_delete_a_story_left_empty()
    {
        // Given a landslide with its follow-up (one story) and a festival (another)
        var linker = Resume();
        Batch(linker, Live(0, Jan10, LandslideBody, LandslideNames), Live(1, Jan10.AddDays(10), RelocationBody, RelocationNames), Live(2, Jan10, FestivalBody, FestivalNames));

        // When the follow-up merges into the landslide, and the festival into the landslide too (the clusterer merged converging events)
        var changes = Batch(linker, Live(0, Jan10, LandslideBody, LandslideNames), Merged(1), Merged(2));

        // Then the landslide's story keeps one event, the festival's story is deleted, and the merged events' rows go
        changes.Stories.Single().Members.ShouldBe(1);
        changes.DeletedStories.ShouldBe([1]);
        changes.DeletedEventIds.ShouldBe(["e1", "e2"]);
        changes.DeletedStoryIds.Count.ShouldBe(1);
        _store.Story(1).ShouldBeNull();
    }

    [Fact]
    public void Should_link_against_a_story_whose_events_aged_out_after_the_linker_is_resumed()
    {
        // Given a landslide that aged out (its vectors moved into the story's stored sum), and a linker resumed from the stored state
        var first = Resume();
        Batch(first, Live(0, Jan10, LandslideBody, LandslideNames));
        var frozen = Batch(first, Frozen(0));
        frozen.Stories.Single().Live.ShouldBeEmpty();
        _live.Clear();
        var resumed = Resume(new OnlineStories { Linked = true, StoryCount = frozen.StoryCount, Postings = [.. _store.Postings.Select(kv => new StoredPosting(kv.Key, kv.Value))] });

        // When a later batch brings the follow-up
        var later = Batch(resumed, Live(1, Jan10.AddDays(10), RelocationBody, RelocationNames));

        // Then it joins the stored story, read back from the store
        later.EventStories.ShouldBe([(1, 0)]);
        later.Stories.Single().Members.ShouldBe(2);
    }

    [Fact]
    public void Should_refuse_to_link_a_batch_before_the_stored_events_are_linked_in_full()
    {
        // Given a store with events but no linker state
        var linker = Resume(new OnlineStories { Linked = false });

        // When a batch comes, Then it is refused until a full link ran
        Should.Throw<InvalidOperationException>(() => linker.Update([]));
        linker.LinkAll([Live(0, Jan10, LandslideBody, LandslideNames), Live(1, Jan10.AddDays(10), RelocationBody, RelocationNames)]);
        var changes = linker.TakeChanges();
        changes.ReplaceAll.ShouldBeTrue();
        changes.EventStories.ShouldBe([(0, 0), (1, 0)]);
        linker.Update([]);
    }

    [Fact]
    public void Should_know_a_written_storys_salient_names_until_one_of_its_events_grows()
    {
        // Given a batch with a landslide, written
        var linker = Resume();
        Batch(linker, Live(0, Jan10, LandslideBody, LandslideNames));

        // When its event grows in the next batch
        var known = linker.KnownSalient(0);
        linker.Update([Live(0, Jan10, LandslideBody + " banjir:0.9", LandslideNames + " @kalibening:0.7")]);

        // Then its names were known from the write, and are not once it changed (until it is written again)
        known.ShouldNotBeNull();
        known.ShouldContain(_terms.Id("@sidawangi"));
        linker.KnownSalient(0).ShouldBeNull();
        linker.TakeChanges();
        linker.KnownSalient(0)!.ShouldContain(_terms.Id("@kalibening"));
    }

    [Fact]
    public void Should_pass_over_a_candidate_story_sharing_too_few_names_without_reading_its_profile()
    {
        // Given a festival's story filed under its keys, whose names are known but whose profile may not be read
        var linker = new StoryLinker(ClusteringOptions.Default, _terms);
        var festival = new StoryEvent(Jan10, Jan10, Vector(FestivalBody), Vector(FestivalNames));
        linker.File(linker.Keys(festival), 0);
        var stories = new NamesOnly(linker.TopNames(festival.Entities));

        // When an event with the festival's words but one of its names looks for a story
        var other = new StoryEvent(Jan10.AddDays(3), Jan10.AddDays(3), Vector(FestivalBody), Vector("@losari:1 @bandung:0.9 @ridwan:0.6 @kamil:0.6"));
        var chosen = linker.Choose(other, linker.Keys(other), stories);

        // Then the festival was a candidate, passed over on its names alone: a new story
        stories.Asked.ShouldBeTrue();
        chosen.ShouldBe(-1);
    }

    private sealed class NamesOnly(int[] names) : IStoryProfiles
    {
        public bool Asked { get; private set; }

        public StoryProfile this[int story] => throw new InvalidOperationException("the profile was read");

        public bool TryLast(int story, out DateOnly? last)
        {
            last = Jan10;
            return true;
        }

        public int[]? KnownSalient(int story)
        {
            Asked = true;
            return names;
        }
    }

    private sealed class FakeStore : IStoredStories
    {
        private readonly Dictionary<int, StoredStory> _stories = [];

        public Dictionary<int, int[]> Postings { get; } = [];

        public void Save(OnlineStories changes)
        {
            foreach (var s in changes.Stories)
            {
                _stories[s.Seq] = s;
            }

            foreach (var d in changes.DeletedStories)
            {
                _stories.Remove(d);
            }

            foreach (var p in changes.Postings)
            {
                Postings[p.Term] = [.. p.Clusters];
            }
        }

        public StoredStory? Story(int seq) => _stories.GetValueOrDefault(seq);

        public bool TryLastDay(int seq, out int? lastDay)
        {
            lastDay = _stories.TryGetValue(seq, out var s) ? s.LastDay : null;
            return s is not null;
        }

        public IEnumerable<(int Seq, int? LastDay)> LastDays(int sinceDay) =>
            _stories.Values.Where(s => s.LastDay is null || s.LastDay >= sinceDay).Select(s => (s.Seq, s.LastDay));
    }
}
