using Liputan.Storage.Sqlite;
using Liputan.Workflows;

namespace Liputan.Tests.Workflows;

/// <summary>
/// The story linking of ingest, batch by batch: a later run's events are linked into the stored
/// stories (labelled corpus, eval/corpus/events: E01 and E02 are one story, S01; E04 is another).
/// </summary>
public sealed class OnlineStoryLinkingTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(EndToEnd.Cli.RepoRoot, "eval", "corpus", "events");

    // Story S01: event E01, then its follow-up E02; story S03: event E04 (without 033, which both groupings keep apart).
    private static readonly string[] FirstEvent = ["001.txt", "002.txt", "004.txt", "005.txt", "007.txt"];
    private static readonly string[] FollowUp = ["013.txt", "014.txt", "015.txt"];
    private static readonly string[] Unrelated = ["032.txt", "034.txt", "035.txt"];

    private readonly string _dir = Directory.CreateTempSubdirectory("liputan-stories-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static List<string> Files(params string[][] names) => [.. names.SelectMany(n => n).Select(n => Path.Combine(Corpus, n))];

    private string Db(string name) => Path.Combine(_dir, name + ".db");

    private static void Ingest(string db, List<string> files)
    {
        using var store = SqliteStore.Open(db);
        new IngestWorkflow(store, new IngestOptions(BatchSize: 64)).Run(files, null, TestContext.Current.CancellationToken);
    }

    // The stored story of each corpus file, by file name.
    private static Dictionary<string, string> StoryOfFile(SqliteStore store)
    {
        var grouping = store.StoredGrouping();
        var file = store.Articles().ToDictionary(a => a.Id, a => Path.GetFileName(a.Source!));
        return grouping.Events.SelectMany(e => e.Articles.Select(a => (File: file[a], e.StoryId))).ToDictionary(x => x.File, x => x.StoryId);
    }

    [Fact]
    public void Should_link_a_follow_up_event_into_the_story_of_an_earlier_run()
    {
        // Given a store that ingested the first event of a story in one run
        var db = Db("follow-up");
        Ingest(db, Files(FirstEvent));

        // When a later run ingests its follow-up event and an unrelated event
        Ingest(db, Files(FollowUp, Unrelated));

        // Then the follow-up joins the stored story, and the unrelated event has a story of its own
        using var store = SqliteStore.Open(db);
        var story = StoryOfFile(store);
        var first = story["001.txt"];
        FirstEvent.ShouldAllBe(f => story[f] == first);
        FollowUp.ShouldAllBe(f => story[f] == first);
        var other = story["032.txt"];
        other.ShouldNotBe(first);
        Unrelated.ShouldAllBe(f => story[f] == other);
    }

    [Fact]
    public void Should_write_every_article_into_exactly_one_stored_event_and_story()
    {
        // Given two runs
        var db = Db("rows");
        Ingest(db, Files(FirstEvent, Unrelated));
        Ingest(db, Files(FollowUp));

        // When reading the stored grouping
        using var store = SqliteStore.Open(db);
        var grouping = store.StoredGrouping();

        // Then each article sits in one event, each event in a stored story, and no story is empty
        grouping.Events.SelectMany(e => e.Articles).Count().ShouldBe(store.CountArticles());
        grouping.Events.SelectMany(e => e.Articles).Distinct().Count().ShouldBe(store.CountArticles());
        var storyIds = grouping.Stories.Select(s => s.Id).ToHashSet();
        grouping.Events.ShouldAllBe(e => storyIds.Contains(e.StoryId));
        grouping.Stories.ShouldAllBe(s => s.EventIds.Count > 0 && s.TopTerms.Count > 0);
        store.CountGroups().ShouldBe((grouping.Events.Count, grouping.Stories.Count));
    }

    [Fact]
    public void Should_keep_the_story_linker_state_when_the_store_is_reopened()
    {
        // Given a store that ingested one run, closed
        var db = Db("reopen");
        Ingest(db, Files(FirstEvent));

        // When it is opened again
        using var store = SqliteStore.Open(db);
        var state = store.LoadOnline().Stories!;

        // Then the linker's stories and index are there, and each stored story reads back
        state.Linked.ShouldBeTrue();
        state.StoryCount.ShouldBeGreaterThan(0);
        state.Postings.ShouldNotBeEmpty();
        var stories = store.OnlineStories();
        for (var seq = 0; seq < state.StoryCount; seq++)
        {
            if (stories.Story(seq) is { } s)
            {
                s.Members.ShouldBeGreaterThan(0);
                stories.TryLastDay(seq, out var last).ShouldBeTrue();
                last.ShouldBe(s.LastDay);
            }
        }

        store.OnlineEvents().ShouldAllBe(e => e.Story >= 0);
    }

    [Fact]
    public void Should_catch_up_a_store_without_story_linker_state_by_one_full_link()
    {
        // Given a store whose stories were rebuilt (the rebuild drops the linker's state, as a store
        // written before the state existed has none)
        var db = Db("catch-up");
        Ingest(db, Files(FirstEvent));
        using (var store = SqliteStore.Open(db))
        {
            new GroupingWorkflow(store).Rebuild();
            store.LoadOnline().Stories!.Linked.ShouldBeFalse();
        }

        // When a later run ingests the follow-up
        Ingest(db, Files(FollowUp));

        // Then the stored events were linked in full first: the online rows replace the rebuild's, and the follow-up joins
        using var reopened = SqliteStore.Open(db);
        reopened.LoadOnline().Stories!.Linked.ShouldBeTrue();
        var grouping = reopened.StoredGrouping();
        grouping.Events.SelectMany(e => e.Articles).Distinct().Count().ShouldBe(reopened.CountArticles());
        grouping.Events.SelectMany(e => e.Articles).Count().ShouldBe(reopened.CountArticles());
        var story = StoryOfFile(reopened);
        FollowUp.ShouldAllBe(f => story[f] == story["001.txt"]);
    }

    [Fact]
    public void Should_link_in_one_run_as_in_two_runs_when_the_runs_follow_the_story_in_date_order()
    {
        // Given the story and the unrelated event in one run, and in two runs (restart between)
        var once = Db("once");
        Ingest(once, Files(FirstEvent, Unrelated, FollowUp));
        var twice = Db("twice");
        Ingest(twice, Files(FirstEvent, Unrelated));
        Ingest(twice, Files(FollowUp));

        // When comparing which files share a story
        static List<string> Shape(string db)
        {
            using var store = SqliteStore.Open(db);
            return [.. StoryOfFile(store).GroupBy(kv => kv.Value).Select(g => string.Join(",", g.Select(kv => kv.Key).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
        }

        // Then the stories are the same
        Shape(twice).ShouldBe(Shape(once));
    }

    [Fact]
    public void Should_forget_nothing_when_an_article_repeats_in_a_later_run()
    {
        // Given a store with the first event
        var db = Db("repeat");
        Ingest(db, Files(FirstEvent));
        Dictionary<string, string> before;
        using (var store = SqliteStore.Open(db))
        {
            before = StoryOfFile(store);
        }

        // When the same pages come again (all duplicates: no new event)
        Ingest(db, Files(FirstEvent));

        // Then the stored stories are unchanged
        using var reopened = SqliteStore.Open(db);
        StoryOfFile(reopened).ShouldBe(before);
    }
}
