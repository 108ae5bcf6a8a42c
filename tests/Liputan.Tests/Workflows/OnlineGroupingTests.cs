using Liputan.Ingestion;
using Liputan.Storage.Sqlite;
using Liputan.Stories.Events;
using Liputan.Workflows;

namespace Liputan.Tests.Workflows;

public sealed class OnlineGroupingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("liputan-online-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static List<string> ExampleFiles() => FileSource.Expand([EndToEnd.Cli.Examples]).Files.ToList();

    // Events and stories as sets of article ids: what the grouping decided, whatever the ids.
    private static List<string> Shape(Grouping g)
    {
        var eventsOf = g.Events.ToDictionary(e => e.Id, e => string.Join(",", e.Articles.Select(a => a.ToString()).Order()));
        return g.Stories.Select(s => string.Join(" | ", s.EventIds.Select(e => eventsOf[e]).Order()))
            .Concat(eventsOf.Values)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private Grouping Ingest(string name, params IReadOnlyList<string>[] runs)
    {
        using var store = SqliteStore.Open(Path.Combine(_dir, name + ".db"));
        Grouping? last = null;
        foreach (var files in runs)
        {
            new IngestWorkflow(store, new IngestOptions(BatchSize: 7)).Run(files, null, TestContext.Current.CancellationToken);
            last = store.StoredGrouping();
        }

        return last!;
    }

    [Fact]
    public void Should_group_an_ingest_in_two_halves_as_one_ingest()
    {
        // Given the example pages, in one run and in two runs (a restart between the halves)
        var files = ExampleFiles();
        var half = files.Count / 2;

        // When ingesting them each way
        var once = Ingest("once", files);
        var twice = Ingest("twice", files.Take(half).ToList(), files.Skip(half).ToList());

        // Then the events and stories are the same
        once.Events.Count.ShouldBeGreaterThan(1);
        Shape(twice).ShouldBe(Shape(once));
    }

    [Fact]
    public void Should_group_a_store_ingested_in_one_batch_as_a_rebuild_does()
    {
        // Given the example pages ingested in one batch
        using var store = SqliteStore.Open(Path.Combine(_dir, "one.db"));
        new IngestWorkflow(store, new IngestOptions(BatchSize: 1000)).Run(ExampleFiles(), null, TestContext.Current.CancellationToken);
        var online = store.StoredGrouping();

        // When rebuilding every event and story from the stored articles
        var rebuilt = new GroupingWorkflow(store).Rebuild();

        // Then the online grouping is the rebuild's
        Shape(online).ShouldBe(Shape(rebuilt));
    }

    [Fact]
    public void Should_keep_the_online_state_of_the_batches_it_committed()
    {
        // Given a store that ingested half of the pages
        var files = ExampleFiles();
        var db = Path.Combine(_dir, "state.db");
        using (var store = SqliteStore.Open(db))
        {
            new IngestWorkflow(store, new IngestOptions(BatchSize: 7)).Run(files.Take(7).ToList(), null, TestContext.Current.CancellationToken);
        }

        // When it is opened again
        using var reopened = SqliteStore.Open(db);
        var state = reopened.LoadOnline();

        // Then the state counts every stored article and holds its signatures and events
        state.Events.Documents.ShouldBe(reopened.CountArticles());
        state.DuplicatesSeen.ShouldBe(reopened.CountArticles());
        state.Signatures.Count.ShouldBe(reopened.CountArticles());
        reopened.OnlineEvents().SelectMany(e => e.Articles).Distinct().Count().ShouldBe(reopened.CountArticles());
    }

    [Fact]
    public void Should_catch_up_a_store_that_has_articles_but_no_online_state()
    {
        // Given a store whose articles were stored without grouping (as before the online state existed)
        var files = ExampleFiles();
        using var store = SqliteStore.Open(Path.Combine(_dir, "old.db"));
        new IngestWorkflow(store, new IngestOptions(Group: false)).Run(files.Take(7).ToList(), null, TestContext.Current.CancellationToken);
        store.LoadOnline().DuplicatesSeen.ShouldBe(0);

        // When the rest is ingested with grouping
        new IngestWorkflow(store).Run(files.Skip(7).ToList(), null, TestContext.Current.CancellationToken);
        var grouping = store.StoredGrouping();

        // Then the earlier articles were replayed first: every stored article sits in an event
        grouping.Events.SelectMany(e => e.Articles).Distinct().Count().ShouldBe(store.CountArticles());
        store.LoadOnline().DuplicatesSeen.ShouldBe(store.CountArticles());
    }
}
