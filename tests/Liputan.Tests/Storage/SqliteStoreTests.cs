using Liputan.Documents;
using Liputan.Storage;
using Liputan.Storage.Sqlite;
using Liputan.Stories.Events;
using Microsoft.Data.Sqlite;

namespace Liputan.Tests.Storage;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("liputan-store-").FullName;

    private string Db => Path.Combine(_dir, "t.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_apply_migrations_once_and_record_the_version()
    {
        using (SqliteStore.Open(Db))
        {
        }

        using (SqliteStore.Open(Db))
        {
        }

        using var c = new SqliteConnection($"Data Source={Db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(SqliteStore.SchemaVersion);
        cmd.CommandText = "PRAGMA journal_mode";
        cmd.ExecuteScalar().ShouldBe("wal");
    }

    [Fact]
    public void Should_refuse_a_store_from_a_newer_build()
    {
        using (var c = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 999";
            cmd.ExecuteNonQuery();
        }

        Should.Throw<StoreException>(() => SqliteStore.Open(Db)).Message.ShouldContain("newer");
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_database()
    {
        File.WriteAllText(Db, new string('x', 5000));
        Should.Throw<StoreException>(() => SqliteStore.Open(Db));
    }

    [Fact]
    public void Should_store_an_article_once_by_url_and_by_content()
    {
        using var store = SqliteStore.Open(Db);
        var a = TestArticles.Make("Satu paragraf berita.\n\nParagraf kedua.", "Judul", url: "https://contoh.id/a");
        var sameUrl = TestArticles.Make("Isi yang sudah diperbarui.", "Judul", url: "https://contoh.id/a");
        var sameText = TestArticles.Make("Satu paragraf berita.\n\nParagraf kedua.", "Judul", url: "https://lain.id/b");

        var outcomes = store.Ingest([a, sameUrl, sameText]);

        outcomes.Select(o => o.Status).ShouldBe([IngestStatus.Inserted, IngestStatus.Duplicate, IngestStatus.Duplicate]);
        store.CountArticles().ShouldBe(1);
        store.AlsoPublishedAt(a.Id).ShouldContain("https://lain.id/b");
        store.Ingest([a]).Single().Status.ShouldBe(IngestStatus.Duplicate);
    }

    [Fact]
    public void Should_round_trip_an_article()
    {
        using var store = SqliteStore.Open(Db);
        var a = TestArticles.Make("Paragraf satu.\n\nParagraf dua.", "Judul", new DateTimeOffset(2025, 3, 17, 8, 15, 0, TimeSpan.FromHours(7))) with
        {
            Authors = ["Ana", "Budi"],
            Outlet = new Outlet("Contoh", "contoh.id", "url"),
            Dateline = "JAKARTA",
        };
        store.Ingest([a]);

        var back = store.GetArticle(a.Id)!;
        back.Body.ShouldBe(a.Body);
        back.Paragraphs.ShouldBe(a.Paragraphs);
        back.Authors.ShouldBe(["Ana", "Budi"]);
        back.Published!.Value.ShouldBe(a.Published!.Value);
        back.Published.Value.Offset.ShouldBe(TimeSpan.FromHours(7));
        back.Outlet!.Domain.ShouldBe("contoh.id");
        back.Dateline.ShouldBe("JAKARTA");
    }

    [Fact]
    public void Should_search_titles_and_bodies_without_passing_query_syntax_through()
    {
        using var store = SqliteStore.Open(Db);
        store.Ingest([TestArticles.Make("Banjir merendam Gedebage.", "Banjir Bandung"), TestArticles.Make("Harga cabai turun.", "Pasar")]);
        store.Search("banjir", 10).Single().Title.ShouldBe("Banjir Bandung");
        store.Search("\"banjir\" OR NEAR(", 10).ShouldBeEmpty();
        store.Search("   ", 10).ShouldBeEmpty();
    }

    [Fact]
    public void Should_store_copies_under_their_canonical_article()
    {
        // Given two stored articles and a grouping where the second copies the first
        using var store = SqliteStore.Open(Db);
        var a = TestArticles.Make("Satu.", "A");
        var b = TestArticles.Make("Dua.", "B");
        store.Ingest([a, b]);
        var grouping = new Grouping([new EventGroup("e1", "s1", [a.Id, b.Id], null, [])], [new StoryGroup("s1", ["e1"], [])])
        {
            Duplicates = [new Liputan.Stories.Duplicates.DuplicateLink(b.Id, a.Id, 0.9)],
        };

        // When the grouping is stored (twice: it replaces)
        store.ReplaceGrouping(grouping);
        store.ReplaceGrouping(grouping);

        // Then the copy is listed under the canonical article only, and the schema is at its latest version
        store.CopiesOf(a.Id).ShouldBe([b.Id]);
        store.CopiesOf(b.Id).ShouldBeEmpty();
        SqliteStore.SchemaVersion.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Should_replace_the_grouping_and_list_stories()
    {
        using var store = SqliteStore.Open(Db);
        var a = TestArticles.Make("Satu.", "A");
        var b = TestArticles.Make("Dua.", "B");
        store.Ingest([a, b]);
        var grouping = new Grouping(
            [new EventGroup("e1", "s1", [a.Id], new DateOnly(2025, 3, 17), ["x"]), new EventGroup("e2", "s1", [b.Id], new DateOnly(2025, 3, 20), ["y"])],
            [new StoryGroup("s1", ["e1", "e2"], ["x", "y"])]);
        store.ReplaceGrouping(grouping);
        store.ReplaceGrouping(grouping);

        var s = store.Stories().ShouldHaveSingleItem();
        (s.EventCount, s.ArticleCount, s.First, s.Last).ShouldBe((2, 2, new DateOnly(2025, 3, 17), new DateOnly(2025, 3, 20)));
        store.GetStory("s1")!.Value.Events.Count.ShouldBe(2);
        store.GetStory("nope").ShouldBeNull();
    }

    [Fact]
    public void Should_write_a_batch_all_or_nothing()
    {
        using var store = SqliteStore.Open(Db);
        var good = TestArticles.Make("Baik.", "A");
        var broken = TestArticles.Make("Rusak.", "B") with { Language = null! };
        Should.Throw<Exception>(() => store.Ingest([good, broken]));
        store.CountArticles().ShouldBe(0);
    }

    [Fact]
    public void Should_copy_each_ingested_batch_into_the_database_file_on_a_thread_of_its_own()
    {
        // Given a store whose database file holds only the schema
        using var store = SqliteStore.Open(Db);
        var before = new FileInfo(Db).Length;

        // When a batch of long articles is ingested and its checkpoint waited for
        var body = string.Join("\n\n", Enumerable.Range(0, 200).Select(i => $"Paragraf nomor {i} dari berita yang panjang sekali."));
        store.Ingest([.. Enumerable.Range(0, 20).Select(i => TestArticles.Make($"{body}\n\nPenutup {i}.", $"Judul {i}", url: $"https://contoh.id/{i}"))]);
        store.WaitForCheckpoint();

        // Then the rows are in the database file itself, not only in the log (the commit's own
        // automatic checkpoint is off: only the background one can have copied them)
        new FileInfo(Db).Length.ShouldBeGreaterThan(before + (100 * 1024));
        store.CountArticles().ShouldBe(20);
    }

    [Fact]
    public void Should_keep_every_batch_when_the_store_is_closed_while_its_checkpoint_runs()
    {
        // Given batches ingested one after another, the store closed right after the last
        using (var store = SqliteStore.Open(Db))
        {
            for (var b = 0; b < 30; b++)
            {
                store.Ingest([.. Enumerable.Range(0, 10).Select(i => TestArticles.Make($"Berita {b}-{i}.\n\nParagraf kedua {b}-{i}.", $"Judul {b}-{i}", url: $"https://contoh.id/{b}/{i}"))]);
            }
        }

        // When it is opened again
        var logLeft = File.Exists(Db + "-wal");
        using var reopened = SqliteStore.Open(Db);

        // Then every article is there, and the log was folded in when the last connection closed
        // (the checkpoint thread's connection was closed before it)
        reopened.CountArticles().ShouldBe(300);
        logLeft.ShouldBeFalse();
    }

    [Fact]
    public void Should_hold_each_event_s_articles_in_their_new_order_whether_its_list_grew_or_changed()
    {
        // Given four stored articles and an event row saved with two of them
        using var store = SqliteStore.Open(Db);
        var (a, b, c, d) = (TestArticles.Make("Satu.", "A"), TestArticles.Make("Dua.", "B"), TestArticles.Make("Tiga.", "C"), TestArticles.Make("Empat.", "D"));
        store.Ingest([a, b, c, d]);
        void Save(params ArticleId[] articles) => store.SaveOnline(new OnlineChanges(new OnlineState(), 0, [], 0, [])
        {
            Stories = new OnlineStories { StoryRows = [new StoryGroup("s1", ["e1"], ["kata"])], EventRows = [(0, new EventGroup("e1", "s1", articles, null, ["kata"]))] },
        });
        List<ArticleId> Stored() => [.. store.StoredGrouping().Events.Single().Articles];
        Save(a.Id, b.Id);

        // When the event grows, then is saved with the same list, then with another order and fewer articles
        Save(a.Id, b.Id, c.Id);
        var grown = Stored();
        Save(a.Id, b.Id, c.Id);
        var same = Stored();
        Save(c.Id, a.Id);
        var changed = Stored();
        Save(d.Id, c.Id, a.Id, b.Id);

        // Then each time the stored list is the one saved, in its order
        grown.ShouldBe([a.Id, b.Id, c.Id]);
        same.ShouldBe([a.Id, b.Id, c.Id]);
        changed.ShouldBe([c.Id, a.Id]);
        Stored().ShouldBe([d.Id, c.Id, a.Id, b.Id]);
    }

    [Fact]
    public void Should_keep_annotations_as_spans_per_article_and_layer()
    {
        using var store = SqliteStore.Open(Db);
        var a = TestArticles.Make("Banjir di Bandung, Senin (17/3/2025).", "A");
        store.Ingest([a]);
        var date = new Annotation(a.Id, "dates", new TextSpan(19, 36), "DATE", "2025-03-17");
        var place = new Annotation(a.Id, "entities", new TextSpan(10, 17), "LOCATION");
        store.SaveAnnotations(a.Id, "dates", [date]);
        store.SaveAnnotations(a.Id, "entities", [place]);
        store.SaveAnnotations(a.Id, "dates", [date]); // replacing a layer does not duplicate it

        store.GetAnnotations(a.Id).ShouldBe([place, date]);
        store.GetAnnotations(a.Id, "dates").ShouldHaveSingleItem().Span.TextOf(a.Body).ShouldBe("Senin (17/3/2025)");
        Should.Throw<ArgumentException>(() => store.SaveAnnotations(a.Id, "dates", [place]));
    }

    [Fact]
    public void Should_start_with_an_empty_online_state_and_keep_what_a_batch_saved_with_it()
    {
        // Given a new store
        using var store = SqliteStore.Open(Db);
        store.LoadOnline().Events.Documents.ShouldBe(0);

        // When a batch is stored with its online changes
        var a = TestArticles.Make("Tanggul jebol di pinggir kota, ribuan rumah terendam banjir.", "Tanggul Jebol", new DateTimeOffset(2025, 1, 13, 8, 0, 0, TimeSpan.FromHours(7)), "https://a.id/1");
        var changes = new OnlineChanges(
            new OnlineState { Documents = 1, NewestDay = 739000, SweptDay = 739000, EventCount = 1, Terms = [new StoredTerm(0, "tanggul", 1)], Clusters = [new StoredCluster(0, 739000, 739000, -1, false, [a.Id], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])], Postings = [new StoredPosting(0, [0])] },
            1,
            [new Liputan.Stories.Duplicates.StoredSignature(0, a.Id, [1UL, 2UL])],
            0,
            []);
        store.Ingest([a], inserted => inserted.Count == 1 ? changes : throw new InvalidOperationException("expected the new article"));

        // Then it loads back
        var loaded = store.LoadOnline();
        loaded.Events.Documents.ShouldBe(1);
        loaded.Events.NewestDay.ShouldBe(739000);
        loaded.Events.Terms.Single().Term.ShouldBe("tanggul");
        loaded.Events.Clusters.Single().Articles.ShouldBe([a.Id]);
        loaded.Events.Postings.Single().Clusters.ShouldBe([0]);
        loaded.Signatures.Single().Signature.ShouldBe([1UL, 2UL]);
        loaded.DuplicatesSeen.ShouldBe(1);
    }

    [Fact]
    public void Should_read_back_the_last_posting_list_of_each_term_after_many_batches_and_a_compaction()
    {
        // Given 60 batches, each rewriting the lists of the same 1,000 terms; terms 50-149 are emptied
        // in batch 40 (before the compaction), 50-99 filed again from batch 45, and 0-49 emptied in the last
        using (var store = SqliteStore.Open(Db))
        {
            for (var batch = 0; batch < 60; batch++)
            {
                var b = batch;
                bool Gone(int t) => (b == 59 && t < 50) || (b == 40 && t is >= 50 and < 150);
                bool Silent(int t) => (b > 40 && t is >= 100 and < 150) || (b is > 40 and < 45 && t is >= 50 and < 100);
                List<StoredPosting> lists = [.. Enumerable.Range(0, 1000).Where(t => !Silent(t)).Select(t => new StoredPosting(t, Gone(t) ? [] : [b, t]))];
                store.SaveOnline(new OnlineChanges(new OnlineState { Documents = batch, Postings = lists }, 0, [], 0, []) { Stories = new OnlineStories { Postings = [.. lists.Select(p => p with { Term = p.Term + 5000 })] } });
            }
        }

        // When the store is opened again
        using var reopened = SqliteStore.Open(Db);
        var loaded = reopened.LoadOnline();

        // Then each term has its last list, the emptied ones none (filed again: the new list), in term order, from both logs
        loaded.Events.Postings.Select(p => p.Term).ShouldBe(Enumerable.Range(50, 50).Concat(Enumerable.Range(150, 850)));
        loaded.Events.Postings.ShouldAllBe(p => p.Clusters.SequenceEqual(new[] { 59, p.Term }));
        loaded.Stories!.Postings.Select(p => p.Term).ShouldBe(Enumerable.Range(5050, 50).Concat(Enumerable.Range(5150, 850)));
        loaded.Stories.Postings.ShouldAllBe(p => p.Clusters.SequenceEqual(new[] { 59, p.Term - 5000 }));

        // And the logs were compacted on the way: far fewer rows than the 60,000 written to each
        CountRows("online_posting_log").ShouldBeLessThan(20_000);
        CountRows("online_story_posting_log").ShouldBeLessThan(20_000);
    }

    [Fact]
    public void Should_read_back_the_last_frequency_of_each_term_after_many_batches_and_a_compaction()
    {
        // Given 500 terms, then 120 batches that each count every term again, the last adding a term
        using (var store = SqliteStore.Open(Db))
        {
            store.SaveOnline(new OnlineChanges(new OnlineState { Terms = [.. Enumerable.Range(0, 500).Select(t => new StoredTerm(t, "t" + t, 1))] }, 0, [], 0, []));
            for (var batch = 2; batch <= 121; batch++)
            {
                List<StoredTerm> counted = [.. Enumerable.Range(0, 500).Select(t => new StoredTerm(t, "t" + t, batch + t))];
                store.SaveOnline(new OnlineChanges(new OnlineState { Terms = batch == 121 ? [.. counted, new StoredTerm(500, "baru", 1)] : counted }, 0, [], 0, []));
            }
        }

        // When the store is opened again
        using var reopened = SqliteStore.Open(Db);
        var terms = reopened.LoadOnline().Events.Terms;

        // Then every term has its last frequency, the new one included
        terms.Select(t => t.Id).ShouldBe(Enumerable.Range(0, 501));
        terms.Take(500).ShouldAllBe(t => t.DocumentFrequency == 121 + t.Id && t.Term == "t" + t.Id);
        terms[500].ShouldBe(new StoredTerm(500, "baru", 1));

        // And the frequencies were folded into the terms on the way: the log holds fewer than the 60,000 rows written
        CountRows("online_df_log").ShouldBeLessThan(20_000);
    }

    [Fact]
    public void Should_not_list_an_article_s_own_address_among_the_others_it_was_found_at()
    {
        // Given an article at a canonical address, read from a file
        using var store = SqliteStore.Open(Db);
        const string Text = "Jembatan gantung di desa itu kembali dibuka setelah diperbaiki selama tiga bulan.";
        var a = TestArticles.Make(Text, "Jembatan", new DateTimeOffset(2025, 2, 3, 9, 0, 0, TimeSpan.FromHours(7)), "https://a.id/jembatan") with { Source = "pages/jembatan.html" };
        store.Ingest([a]);

        // When the same file is read again without its canonical address, and the text turns up elsewhere too
        var again = TestArticles.Make(Text, "Jembatan") with { Source = "pages/jembatan.html" };
        var elsewhere = TestArticles.Make(Text, "Jembatan", url: "https://b.id/jembatan");
        store.Ingest([again, elsewhere]);

        // Then only the other address is listed
        store.AlsoPublishedAt(a.Id).ShouldBe(["https://b.id/jembatan"]);
    }

    [Fact]
    public void Should_carry_the_posting_tables_of_a_version_4_store_into_the_logs()
    {
        // Given a store at schema version 4 with a posting list of each kind
        using (var c = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = string.Join("\n", Migrations.All.Take(4)) +
                "PRAGMA user_version = 4; INSERT INTO online_postings(term, clusters) VALUES (3, x'0700000008000000'); INSERT INTO online_story_postings(term, stories) VALUES (4, x'09000000');";
            cmd.ExecuteNonQuery();
        }

        // When it is opened by this build
        using var store = SqliteStore.Open(Db);
        var loaded = store.LoadOnline();

        // Then the lists read back from the logs
        loaded.Events.Postings.ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Term.ShouldBe(3), p => p.Clusters.ShouldBe([7, 8]));
        loaded.Stories!.Postings.ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Term.ShouldBe(4), p => p.Clusters.ShouldBe([9]));
    }

    private long CountRows(string table)
    {
        using var c = new SqliteConnection($"Data Source={Db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Should_store_neither_the_articles_nor_the_state_when_the_grouping_fails()
    {
        // Given a store and a grouping step that fails
        using var store = SqliteStore.Open(Db);
        var a = TestArticles.Make("Harga cabai turun menjelang hari raya.", "Cabai", new DateTimeOffset(2025, 1, 13, 8, 0, 0, TimeSpan.FromHours(7)), "https://a.id/2");

        // When the batch is stored
        Should.Throw<InvalidOperationException>(() => store.Ingest([a], _ => throw new InvalidOperationException("grouping failed")));

        // Then nothing of the batch was written: one transaction
        store.CountArticles().ShouldBe(0);
        store.LoadOnline().Events.Documents.ShouldBe(0);
    }

    [Fact]
    public void Should_write_the_paragraphs_as_the_json_serializer_does()
    {
        // Given paragraphs of every kind, none and one
        Paragraph[] paragraphs = [new(new TextSpan(0, 12), ParagraphKind.Text), new(new TextSpan(14, 1203), ParagraphKind.Heading), new(new TextSpan(1205, 1300), (ParagraphKind)2)];

        // When writing them by hand
        // Then the text is the serializer's, so stores written before and after read alike
        foreach (var list in new[] { paragraphs, [], paragraphs[..1] })
        {
            ArticleWriter.Paragraphs(list).ShouldBe(System.Text.Json.JsonSerializer.Serialize(list.Select(p => new[] { p.Span.Start, p.Span.End, (int)p.Kind })));
        }
    }

    [Fact]
    public void Should_keep_a_batch_whose_grouping_runs_beside_the_writes_in_one_transaction()
    {
        // Given a batch with a repeat of its own first article and a copy of its text at another address
        using var store = SqliteStore.Open(Db);
        var a = TestArticles.Make("Harga beras naik di pasar induk.", "Beras", url: "https://a.id/beras");
        var copy = TestArticles.Make("Harga beras naik di pasar induk.", "Beras", url: "https://b.id/beras");
        IReadOnlyList<Article>? seen = null;

        // When it is stored with a grouping step
        var outcomes = store.Ingest([a, a, copy], inserted =>
        {
            seen = inserted;
            return new OnlineChanges(new OnlineState { Documents = inserted.Count }, inserted.Count, [], 0, []);
        });

        // Then the grouping saw the new article once, the repeats are named, and both are kept
        seen.ShouldNotBeNull().Select(x => x.Id).ShouldBe([a.Id]);
        outcomes.Select(o => o.Reason).ShouldBe([null, "already stored", "same content"]);
        outcomes[2].ExistingId.ShouldBe(a.Id);
        store.AlsoPublishedAt(a.Id).ShouldBe(["https://b.id/beras"]);
        store.LoadOnline().Events.Documents.ShouldBe(1);
    }
}
