using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Liputan.Documents;
using Liputan.Pipeline;
using Liputan.Stories.Duplicates;
using Liputan.Stories.Events;
using Microsoft.Data.Sqlite;

namespace Liputan.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with foreign keys on and an FTS5 index.
/// Batches are single transactions, so a killed process loses at most the batch in flight,
/// and ingest is idempotent by canonical URL and content hash, so a re-run resumes cleanly.
/// </summary>
public sealed class SqliteStore : IStore
{
    internal static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private ArticleWriter? _writer;
    private StoryReader? _stories;
    private Checkpointer? _checkpointer;
    private readonly PostingLog _eventPostings = new("online_posting_log", "clusters");
    private readonly PostingLog _storyPostings = new("online_story_posting_log", "stories");
    // Terms in online_terms and rows in online_df_log (null until read or counted).
    private int? _storedTerms;
    private long? _frequencyRows;

    private SqliteStore(SqliteConnection connection, TimeProvider time)
    {
        _connection = connection;
        _time = time;
    }

    /// <summary>The schema version this build writes.</summary>
    public static int SchemaVersion => Migrations.All.Length;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and applies pending migrations.</summary>
    /// <exception cref="StoreException">The file is not a Liputan store, or is newer than this build.</exception>
    public static SqliteStore Open(string path, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536;");
            Migrate(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"cannot open store '{path}': {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new SqliteStore(connection, time ?? TimeProvider.System);
    }

    private static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > Migrations.All.Length)
        {
            throw new StoreException($"the store has schema version {version}, newer than this build ({Migrations.All.Length}); upgrade Liputan");
        }

        for (var v = version; v < Migrations.All.Length; v++)
        {
            using var tx = connection.BeginTransaction();
            Exec(connection, Migrations.All[v], tx);
            Exec(connection, $"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<IngestOutcome> Ingest(IReadOnlyList<Article> batch) => Ingest(batch, null);

    /// <inheritdoc />
    public IReadOnlyList<IngestOutcome> Ingest(IReadOnlyList<Article> batch, Func<IReadOnlyList<Article>, OnlineChanges>? group)
    {
        ArgumentNullException.ThrowIfNull(batch);
        StartCheckpointer();
        if (_checkpointer!.LogFrames > RestartFrames)
        {
            _checkpointer.WaitIdle();
        }

        using var tx = _connection.BeginTransaction();
        var w = _writer ??= new ArticleWriter(_connection);
        w.Begin(tx);
        var (outcomes, inserted, sameContent) = Sort(batch, w);

        // The grouping of the new articles is CPU work in memory, the rows are SQLite's: the two
        // run side by side, and the grouping's changes join the same transaction once both are done.
        var grouping = group is null ? null : Task.Run(() => group(inserted));
        try
        {
            var now = _time.GetUtcNow().ToString("o", CultureInfo.InvariantCulture);
            // An article's own address is its row's source; article_sources holds only the other
            // addresses its text was found at (stores written before 2026-12-07 also hold an
            // "ingested" row per article, which nothing reads: one random index insert per article).
            foreach (var a in inserted)
            {
                w.Insert(a, now);
            }

            // Same text at another address: remember the address ("also published at").
            foreach (var (existing, address) in sameContent)
            {
                w.AddSource(existing, address, "same content");
            }
        }
        catch
        {
            // The batch fails as a whole; the grouping (whatever its outcome) is not left running.
            Tasks.WaitIgnoringFailure(grouping);
            throw;
        }

        try
        {
            if (grouping is not null)
            {
                SaveOnline(grouping.GetAwaiter().GetResult(), tx);
            }

            // The last batch's checkpoint ran beside this one; it is waited for only if still running.
            _checkpointer.WaitIdle();
            tx.Commit();
        }
        catch
        {
            ForgetLogCounts();
            throw;
        }

        _checkpointer.Wake();
        return outcomes;
    }

    // Which articles of a batch are new: not stored yet (by id, canonical URL, then content) and
    // not met earlier in the batch; read before anything is written, so the writes can go alongside the grouping.
    private static (List<IngestOutcome> Outcomes, List<Article> Inserted, List<(string Existing, string Address)> SameContent) Sort(IReadOnlyList<Article> batch, ArticleWriter w)
    {
        var outcomes = new List<IngestOutcome>(batch.Count);
        var inserted = new List<Article>();
        var sameContent = new List<(string, string)>();
        var ids = new HashSet<ArticleId>();
        var urls = new Dictionary<string, ArticleId>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, ArticleId>(StringComparer.Ordinal);
        foreach (var a in batch)
        {
            if (ids.Contains(a.Id) || w.ById(a.Id.ToString()) is not null)
            {
                outcomes.Add(new IngestOutcome(a.Id, IngestStatus.Duplicate, a.Id, "already stored"));
                continue;
            }

            var url = a.CanonicalUrl?.AbsoluteUri;
            if (url is not null && (w.ByUrl(url) is { } storedUrl ? Parse(storedUrl) : urls.TryGetValue(url, out var u) ? u : (ArticleId?)null) is { } sameUrl)
            {
                outcomes.Add(new IngestOutcome(a.Id, IngestStatus.Duplicate, sameUrl, "same canonical URL"));
                continue;
            }

            // The stored article first: it is older than any of the batch's.
            if ((w.ByHash(a.ContentHash) is { } storedHash ? Parse(storedHash) : hashes.TryGetValue(a.ContentHash, out var h) ? h : (ArticleId?)null) is { } sameHash)
            {
                sameContent.Add((sameHash.ToString(), url ?? a.Source ?? ""));
                outcomes.Add(new IngestOutcome(a.Id, IngestStatus.Duplicate, sameHash, "same content"));
                continue;
            }

            ids.Add(a.Id);
            if (url is not null)
            {
                urls[url] = a.Id;
            }

            hashes.TryAdd(a.ContentHash, a.Id);
            outcomes.Add(new IngestOutcome(a.Id, IngestStatus.Inserted, null, null));
            inserted.Add(a);
        }

        return (outcomes, inserted, sameContent);
    }

    /// <inheritdoc />
    public Article? GetArticle(ArticleId id)
    {
        using var cmd = Command($"SELECT {ArticleColumns} FROM articles WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id.ToString());
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadArticle(r) : null;
    }

    /// <inheritdoc />
    public IEnumerable<Article> Articles()
    {
        using var cmd = Command($"SELECT {ArticleColumns} FROM articles ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return ReadArticle(r);
        }
    }

    /// <inheritdoc />
    public int CountArticles() => Convert.ToInt32(Scalar(_connection, "SELECT count(*) FROM articles"), CultureInfo.InvariantCulture);

    /// <summary>Other addresses at which a stored article's text was also found.</summary>
    public IReadOnlyList<string> AlsoPublishedAt(ArticleId id)
    {
        using var cmd = Command("SELECT source FROM article_sources WHERE article_id = $a AND reason <> 'ingested' AND source IS NOT (SELECT source FROM articles WHERE id = $a) ORDER BY source");
        cmd.Parameters.AddWithValue("$a", id.ToString());
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }

    /// <inheritdoc />
    public void ReplaceGrouping(Grouping grouping)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        using var tx = _connection.BeginTransaction();
        // The online story linker's stories are no longer the stored ones: the next ingest links in full again.
        Exec(_connection, ClearGroups + " DELETE FROM article_duplicates; " + ClearStoryState, tx);
        WriteDuplicates(tx, grouping.Duplicates);
        WriteGroups(tx, grouping.Stories, grouping.Events.Select((e, i) => (i, e)));
        tx.Commit();
        _checkpointer?.Wake();
        _storyPostings.Cleared();
    }

    private const string ClearGroups = "DELETE FROM event_articles; DELETE FROM events; DELETE FROM stories;";

    private const string ClearStoryState = "DELETE FROM online_stories; DELETE FROM online_story_posting_log; DELETE FROM online_meta WHERE key IN ('stories', 'stories_linked');";

    // Story rows, then event rows with their articles. A row whose values did not change is not
    // written again, and an event's stored articles are kept when they begin its new list (an event
    // grows by appending): only the new ones are added. Rewriting every row of each changed event
    // cost a quarter of a batch's pages at a million articles (the day's frozen events, whose
    // articles had not changed, five times that).
    private void WriteGroups(SqliteTransaction tx, IEnumerable<StoryGroup> stories, IEnumerable<(int Ordinal, EventGroup Event)> events)
    {
        WriteRows(tx, "INSERT INTO stories(id, terms) VALUES ($id, $terms) ON CONFLICT(id) DO UPDATE SET terms = excluded.terms WHERE terms IS NOT excluded.terms", stories,
            ("$id", SqliteType.Text, s => s.Id), ("$terms", SqliteType.Text, s => JsonSerializer.Serialize(s.TopTerms, Json)));
        List<(int Ordinal, EventGroup Event)> list = [.. events];
        WriteRows(tx, "INSERT INTO events(id, story_id, date, terms, ordinal) VALUES ($id, $story, $date, $terms, $ordinal) ON CONFLICT(id) DO UPDATE SET story_id = excluded.story_id, date = excluded.date, terms = excluded.terms, ordinal = excluded.ordinal WHERE story_id IS NOT excluded.story_id OR date IS NOT excluded.date OR terms IS NOT excluded.terms OR ordinal IS NOT excluded.ordinal", list,
            ("$id", SqliteType.Text, x => x.Event.Id),
            ("$story", SqliteType.Text, x => x.Event.StoryId),
            ("$date", SqliteType.Text, x => x.Event.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$terms", SqliteType.Text, x => JsonSerializer.Serialize(x.Event.TopTerms, Json)),
            ("$ordinal", SqliteType.Integer, x => x.Ordinal));

        using var read = Command("SELECT article_id FROM event_articles WHERE event_id = $e ORDER BY ordinal", tx);
        using var delete = Command("DELETE FROM event_articles WHERE event_id = $e", tx);
        using var insert = Command("INSERT INTO event_articles(event_id, article_id, ordinal) VALUES ($e, $a, $o)", tx);
        var readEvent = read.Parameters.Add("$e", SqliteType.Text);
        var deleteEvent = delete.Parameters.Add("$e", SqliteType.Text);
        var (insertEvent, insertArticle, insertOrdinal) = (insert.Parameters.Add("$e", SqliteType.Text), insert.Parameters.Add("$a", SqliteType.Text), insert.Parameters.Add("$o", SqliteType.Integer));
        var stored = new List<string>();
        foreach (var (_, e) in list)
        {
            stored.Clear();
            readEvent.Value = e.Id;
            using (var r = read.ExecuteReader())
            {
                while (r.Read())
                {
                    stored.Add(r.GetString(0));
                }
            }

            var kept = stored.Count;
            for (var i = 0; i < stored.Count && kept == stored.Count; i++)
            {
                if (i >= e.Articles.Count || stored[i] != e.Articles[i].ToString())
                {
                    kept = 0;
                }
            }

            if (kept == 0 && stored.Count > 0)
            {
                deleteEvent.Value = e.Id;
                delete.ExecuteNonQuery();
            }

            insertEvent.Value = e.Id;
            for (var o = kept; o < e.Articles.Count; o++)
            {
                insertArticle.Value = e.Articles[o].ToString();
                insertOrdinal.Value = o;
                insert.ExecuteNonQuery();
            }
        }
    }

    // The story linker's changes: its state (stories, index, each new event's story), then the event
    // and story rows it changed (all of them after a full link).
    private void SaveStories(OnlineStories stories, SqliteTransaction tx)
    {
        if (stories.ReplaceAll)
        {
            Exec(_connection, ClearGroups + " " + ClearStoryState, tx);
        }

        (string Key, long? Value)[] meta = [("stories", stories.StoryCount), ("stories_linked", stories.Linked ? 1 : 0)];
        WriteRows(tx, "INSERT OR REPLACE INTO online_meta(key, value) VALUES ($k, $v)", meta,
            ("$k", SqliteType.Text, m => m.Key), ("$v", SqliteType.Integer, m => m.Value));
        WriteRows(tx, "INSERT INTO online_stories(seq, last_day, id, base_last_day, members, live, body, entities) VALUES ($s, $l, $i, $b, $m, $v, $y, $e) ON CONFLICT(seq) DO UPDATE SET last_day = excluded.last_day, base_last_day = excluded.base_last_day, members = excluded.members, live = excluded.live, body = excluded.body, entities = excluded.entities", stories.Stories,
            ("$s", SqliteType.Integer, x => x.Seq),
            ("$l", SqliteType.Integer, x => x.LastDay),
            ("$i", SqliteType.Text, x => x.Id),
            ("$b", SqliteType.Integer, x => x.BaseLastDay),
            ("$m", SqliteType.Integer, x => x.Members),
            ("$v", SqliteType.Blob, x => Blob(x.Live)),
            ("$y", SqliteType.Blob, x => x.Body),
            ("$e", SqliteType.Blob, x => x.Entities));
        WriteRows(tx, "DELETE FROM online_stories WHERE seq = $s", stories.DeletedStories, ("$s", SqliteType.Integer, x => x));
        if (stories.ReplaceAll)
        {
            _storyPostings.Cleared();
        }

        WritePostings(tx, _storyPostings, stories.Postings);
        WriteRows(tx, "UPDATE online_events SET story = $s WHERE seq = $e", stories.EventStories,
            ("$s", SqliteType.Integer, x => x.Story), ("$e", SqliteType.Integer, x => x.Event));

        // Rows: new and changed stories first (events refer to them), merged events and emptied stories last.
        WriteGroups(tx, stories.StoryRows, stories.EventRows);
        WriteRows(tx, "DELETE FROM events WHERE id = $id", stories.DeletedEventIds, ("$id", SqliteType.Text, x => x));
        WriteRows(tx, "DELETE FROM stories WHERE id = $id", stories.DeletedStoryIds, ("$id", SqliteType.Text, x => x));
    }

    /// <inheritdoc />
    public IStoredStories OnlineStories() => _stories ??= new StoryReader(_connection.DataSource);

    /// <inheritdoc />
    public (int Events, int Stories) CountGroups() =>
        (Convert.ToInt32(Scalar(_connection, "SELECT count(*) FROM events"), CultureInfo.InvariantCulture),
         Convert.ToInt32(Scalar(_connection, "SELECT count(*) FROM stories"), CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public Grouping StoredGrouping()
    {
        var members = new Dictionary<string, List<ArticleId>>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT event_id, article_id FROM event_articles ORDER BY event_id, ordinal"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var id = r.GetString(0);
                if (!members.TryGetValue(id, out var list))
                {
                    members[id] = list = [];
                }

                list.Add(Parse(r.GetString(1)));
            }
        }

        var events = new List<EventGroup>();
        var eventsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT id, story_id, date, terms FROM events ORDER BY ordinal, id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var e = new EventGroup(r.GetString(0), r.GetString(1), members.GetValueOrDefault(r.GetString(0)) ?? [], ParseDate(r, 2), JsonSerializer.Deserialize<string[]>(r.GetString(3), Json) ?? []);
                events.Add(e);
                if (!eventsOf.TryGetValue(e.StoryId, out var list))
                {
                    eventsOf[e.StoryId] = list = [];
                }

                list.Add(e.Id);
            }
        }

        var stories = new List<StoryGroup>();
        using (var cmd = Command("SELECT id, terms FROM stories ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                stories.Add(new StoryGroup(r.GetString(0), eventsOf.GetValueOrDefault(r.GetString(0)) ?? [], JsonSerializer.Deserialize<string[]>(r.GetString(1), Json) ?? []));
            }
        }

        var links = new List<DuplicateLink>();
        using (var cmd = Command("SELECT copy_id, canonical_id, similarity FROM article_duplicates ORDER BY copy_id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                links.Add(new DuplicateLink(Parse(r.GetString(0)), Parse(r.GetString(1)), r.GetDouble(2)));
            }
        }

        return new Grouping(events, stories) { Duplicates = links };
    }

    /// <inheritdoc />
    public OnlineChanges LoadOnline()
    {
        var meta = new Dictionary<string, long?>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT key, value FROM online_meta"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                meta[r.GetString(0)] = r.IsDBNull(1) ? null : r.GetInt64(1);
            }
        }

        var terms = ReadTerms();

        var clusters = ReadEvents("WHERE frozen = 0 AND merged_into < 0").ToList();
        var postings = ReadPostings(_eventPostings);

        var signatures = new List<StoredSignature>();
        using (var cmd = Command("SELECT seq, canonical_id, signature FROM online_signatures ORDER BY seq"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                signatures.Add(new StoredSignature(r.GetInt32(0), Parse(r.GetString(1)), MemoryMarshal.Cast<byte, ulong>((byte[])r[2]).ToArray()));
            }
        }

        var storyPostings = ReadPostings(_storyPostings);

        int Meta(string key, int fallback) => meta.TryGetValue(key, out var v) && v is { } x ? (int)x : fallback;
        var state = new OnlineState
        {
            Documents = Meta("documents", 0),
            NewestDay = meta.TryGetValue("newest_day", out var n) && n is { } day ? (int)day : null,
            SweptDay = Meta("swept_day", int.MinValue),
            EventCount = Meta("events", 0),
            Terms = terms,
            Clusters = clusters,
            Postings = postings,
        };
        var stories = new OnlineStories { Linked = Meta("stories_linked", 0) == 1, StoryCount = Meta("stories", 0), Postings = storyPostings };
        return new OnlineChanges(state, Meta("duplicates_seen", 0), signatures, 0, []) { Stories = stories };
    }

    /// <inheritdoc />
    public void SaveOnline(OnlineChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var tx = _connection.BeginTransaction();
        try
        {
            SaveOnline(changes, tx);
            tx.Commit();
            _checkpointer?.Wake();
        }
        catch
        {
            ForgetLogCounts();
            throw;
        }
    }

    // Frames (4 KiB pages) the log may hold before a batch waits for the checkpoint so that its
    // commit starts the log over: some three batches at a million stored articles.
    private const long RestartFrames = 16_384;

    // Ingest checkpoints on a thread of its own from its first batch on (Checkpointer); every
    // commit after that, whatever wrote it, wakes that thread instead of checkpointing itself.
    private void StartCheckpointer()
    {
        if (_checkpointer is null)
        {
            // The thread first: if its connection cannot open, the commits keep checkpointing themselves.
            _checkpointer = new Checkpointer(_connection.DataSource);
            Exec(_connection, "PRAGMA wal_autocheckpoint=0;");
        }
    }

    // Tests: waits for the background checkpoint of what was committed so far.
    internal void WaitForCheckpoint() => _checkpointer?.WaitIdle();

    // After a transaction that did not commit, the logs' row counts are read again when next needed
    // (they only time the compactions, but the stored term count also routes frequencies).
    private void ForgetLogCounts()
    {
        (_storedTerms, _frequencyRows) = (null, null);
        _eventPostings.Rows = null;
        _storyPostings.Rows = null;
    }

    /// <inheritdoc />
    public IEnumerable<StoredCluster> OnlineEvents() => ReadEvents("WHERE merged_into < 0");

    /// <inheritdoc />
    public void ClearOnline()
    {
        using var tx = _connection.BeginTransaction();
        Exec(_connection, "DELETE FROM online_meta; DELETE FROM online_terms; DELETE FROM online_df_log; DELETE FROM online_events; DELETE FROM online_posting_log; DELETE FROM online_signatures; " + ClearStoryState, tx);
        tx.Commit();
        _checkpointer?.Wake();
        _eventPostings.Cleared();
        _storyPostings.Cleared();
        (_storedTerms, _frequencyRows) = (0, 0);
    }

    private IEnumerable<StoredCluster> ReadEvents(string where)
    {
        using var cmd = Command($"SELECT seq, first_day, last_day, merged_into, frozen, articles, body, title, entities, story FROM online_events {where} ORDER BY seq");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var articles = MemoryMarshal.Cast<byte, ulong>((byte[])r[5]).ToArray().Select(v => new ArticleId(v)).ToList();
            yield return new StoredCluster(
                r.GetInt32(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.GetInt32(3), r.GetInt32(4) != 0,
                articles, (byte[])r[6], (byte[])r[7], (byte[])r[8]) { Story = r.GetInt32(9) };
        }
    }

    private void SaveOnline(OnlineChanges changes, SqliteTransaction tx)
    {
        var state = changes.Events;
        (string Key, long? Value)[] meta = [("documents", state.Documents), ("newest_day", state.NewestDay), ("swept_day", state.SweptDay), ("events", state.EventCount), ("duplicates_seen", changes.DuplicatesSeen)];
        WriteRows(tx, "INSERT OR REPLACE INTO online_meta(key, value) VALUES ($k, $v)", meta,
            ("$k", SqliteType.Text, m => m.Key), ("$v", SqliteType.Integer, m => m.Value));

        WriteTerms(tx, state.Terms);

        WriteRows(tx, "INSERT INTO online_events(seq, first_day, last_day, merged_into, frozen, articles, body, title, entities) VALUES ($s, $f, $l, $m, $z, $a, $b, $t, $e) ON CONFLICT(seq) DO UPDATE SET first_day = excluded.first_day, last_day = excluded.last_day, merged_into = excluded.merged_into, frozen = excluded.frozen, articles = excluded.articles, body = excluded.body, title = excluded.title, entities = excluded.entities", state.Clusters,
            ("$s", SqliteType.Integer, c => c.Seq),
            ("$f", SqliteType.Integer, c => c.FirstDay),
            ("$l", SqliteType.Integer, c => c.LastDay),
            ("$m", SqliteType.Integer, c => c.MergedInto),
            ("$z", SqliteType.Integer, c => c.Frozen ? 1 : 0),
            ("$a", SqliteType.Blob, c => MemoryMarshal.AsBytes(c.Articles.Select(a => a.Value).ToArray().AsSpan()).ToArray()),
            ("$b", SqliteType.Blob, c => c.Body),
            ("$t", SqliteType.Blob, c => c.Title),
            ("$e", SqliteType.Blob, c => c.Entities));

        WritePostings(tx, _eventPostings, state.Postings);

        WriteRows(tx, "INSERT OR REPLACE INTO online_signatures(seq, canonical_id, signature) VALUES ($s, $c, $g)", changes.Signatures,
            ("$s", SqliteType.Integer, x => x.Seq), ("$c", SqliteType.Text, x => x.Canonical.ToString()), ("$g", SqliteType.Blob, x => MemoryMarshal.AsBytes(x.Signature.AsSpan()).ToArray()));

        using (var prune = Command("DELETE FROM online_signatures WHERE seq < $s", tx))
        {
            prune.Parameters.AddWithValue("$s", changes.OldestSignature);
            prune.ExecuteNonQuery();
        }

        WriteDuplicates(tx, changes.Links);
        if (changes.Stories is { } stories)
        {
            SaveStories(stories, tx);
        }
    }

    // One prepared statement run once a row: the parameters are made once and only their values change.
    private void WriteRows<T>(SqliteTransaction tx, string sql, IEnumerable<T> rows, params (string Name, SqliteType Type, Func<T, object?> Value)[] columns)
    {
        using var cmd = Command(sql, tx);
        var parameters = columns.Select(c => cmd.Parameters.Add(c.Name, c.Type)).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
            }

            cmd.ExecuteNonQuery();
        }
    }

    // Copy links, as a rebuild and a batch both write them.
    private void WriteDuplicates(SqliteTransaction tx, IEnumerable<DuplicateLink> links) =>
        WriteRows(tx, "INSERT OR REPLACE INTO article_duplicates(copy_id, canonical_id, similarity) VALUES ($c, $k, $s)", links,
            ("$c", SqliteType.Text, d => d.Copy.ToString()), ("$k", SqliteType.Text, d => d.Canonical.ToString()), ("$s", SqliteType.Real, d => d.Similarity));

    // The lists a batch changed are appended to the log, an emptied one as an empty row (it hides
    // the term's earlier rows); each term comes once a batch. Once the log holds many times the rows
    // still current, the superseded and empty ones are deleted in one pass.
    private void WritePostings(SqliteTransaction tx, PostingLog log, IReadOnlyList<StoredPosting> changed)
    {
        if (changed.Count == 0)
        {
            return;
        }

        WriteRows(tx, $"INSERT INTO {log.Table}(term, {log.Column}) VALUES ($t, $c)", changed,
            ("$t", SqliteType.Integer, p => p.Term), ("$c", SqliteType.Blob, p => Blob(p.Clusters)));
        log.Rows ??= Convert.ToInt64(Scalar(_connection, $"SELECT count(*) FROM {log.Table}", tx), CultureInfo.InvariantCulture) - changed.Count;
        log.Rows += changed.Count;
        if (PostingLog.Due(log.Rows.Value, log.Current))
        {
            Exec(_connection, $"DELETE FROM {log.Table} WHERE length({log.Column}) = 0 OR seq NOT IN (SELECT max(seq) FROM {log.Table} GROUP BY term)", tx);
            log.Rows = log.Current = Convert.ToInt64(Scalar(_connection, $"SELECT count(*) FROM {log.Table}", tx), CultureInfo.InvariantCulture);
        }
    }

    // New terms go to the table (their ids follow the stored ones: appended); the changed
    // frequencies of stored terms go to the log, which is folded into the table once it holds
    // eight times as many rows as there are terms.
    private void WriteTerms(SqliteTransaction tx, IReadOnlyList<StoredTerm> changed)
    {
        if (changed.Count == 0)
        {
            return;
        }

        var stored = _storedTerms ??= Convert.ToInt32(Scalar(_connection, "SELECT coalesce(max(id) + 1, 0) FROM online_terms", tx), CultureInfo.InvariantCulture);
        _frequencyRows ??= Convert.ToInt64(Scalar(_connection, "SELECT count(*) FROM online_df_log", tx), CultureInfo.InvariantCulture);
        List<StoredTerm> added = [.. changed.Where(t => t.Id >= stored)];
        List<StoredTerm> counted = [.. changed.Where(t => t.Id < stored)];
        WriteRows(tx, "INSERT INTO online_terms(id, term, df) VALUES ($i, $t, $d) ON CONFLICT(id) DO UPDATE SET df = excluded.df", added,
            ("$i", SqliteType.Integer, x => x.Id), ("$t", SqliteType.Text, x => x.Term), ("$d", SqliteType.Integer, x => x.DocumentFrequency));
        WriteRows(tx, "INSERT INTO online_df_log(id, df) VALUES ($i, $d)", counted,
            ("$i", SqliteType.Integer, x => x.Id), ("$d", SqliteType.Integer, x => x.DocumentFrequency));
        _storedTerms = Math.Max(stored, added.Count == 0 ? 0 : added.Max(t => t.Id) + 1);
        _frequencyRows += counted.Count;
        if (PostingLog.Due(_frequencyRows.Value, _storedTerms.Value))
        {
            Exec(_connection, "UPDATE online_terms SET df = l.df FROM (SELECT id, df FROM online_df_log WHERE seq IN (SELECT max(seq) FROM online_df_log GROUP BY id)) AS l WHERE l.id = online_terms.id; DELETE FROM online_df_log;", tx);
            _frequencyRows = 0;
        }
    }

    // The terms with their frequencies: the table's, then the log's later ones, in id order.
    private List<StoredTerm> ReadTerms()
    {
        var terms = new List<StoredTerm>();
        using (var cmd = Command("SELECT id, term, df FROM online_terms ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                terms.Add(new StoredTerm(r.GetInt32(0), r.GetString(1), r.GetInt32(2)));
            }
        }

        // Ids are dense from 0 as the term table hands them out (the clusterer refuses others on resume).
        long rows = 0;
        using (var cmd = Command("SELECT id, df FROM online_df_log ORDER BY seq"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var id = r.GetInt32(0);
                rows++;
                if (id < 0 || id >= terms.Count || terms[id].Id != id)
                {
                    throw new StoreException($"the store's term frequencies name term {id}, which it does not hold; rebuild the grouping with 'liputan recluster'");
                }

                terms[id] = terms[id] with { DocumentFrequency = r.GetInt32(1) };
            }
        }

        (_storedTerms, _frequencyRows) = (terms.Count == 0 ? 0 : terms[^1].Id + 1, rows);
        return terms;
    }

    // A log's current lists: the last row of each term, unless empty; in term order, as the tables
    // before the logs gave them.
    private List<StoredPosting> ReadPostings(PostingLog log)
    {
        var last = new Dictionary<int, byte[]>();
        long rows = 0;
        using (var cmd = Command($"SELECT term, {log.Column} FROM {log.Table} ORDER BY seq"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                last[r.GetInt32(0)] = (byte[])r[1];
                rows++;
            }
        }

        var postings = last.Where(kv => kv.Value.Length > 0).OrderBy(kv => kv.Key).Select(kv => new StoredPosting(kv.Key, Ints(kv.Value))).ToList();
        log.Rows = rows;
        log.Current = postings.Count;
        return postings;
    }

    // What the store knows of one posting log: its rows (null until counted) and the current lists
    // at the last read or compaction, which set when the next compaction is due.
    private sealed class PostingLog(string table, string column)
    {
        // Compact once a log holds this many times the rows still current (a few MiB of rows to
        // read on resume, against one delete pass every hundred batches or so), and not while small.
        private const int Slack = 8;

        private const int MinRows = 50_000;

        public string Table { get; } = table;

        public string Column { get; } = column;

        public long? Rows { get; set; }

        public long Current { get; set; }

        /// <summary>Whether a log of <paramref name="rows"/> rows, <paramref name="current"/> of them current, is due for compaction (the frequency log too).</summary>
        public static bool Due(long rows, long current) => rows > MinRows && rows > Slack * current;

        public void Cleared()
        {
            Rows = 0;
            Current = 0;
        }
    }

    private static byte[] Blob(IEnumerable<int> values) => MemoryMarshal.AsBytes(values.ToArray().AsSpan()).ToArray();

    private static int[] Ints(byte[] bytes) => MemoryMarshal.Cast<byte, int>(bytes).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<StorySummary> Stories()
    {
        using var cmd = Command(
            """
            SELECT s.id, s.terms, count(DISTINCT e.id), count(ea.article_id), count(DISTINCT coalesce(a.outlet_domain, a.outlet)), min(e.date), max(e.date),
                   (SELECT a2.title FROM event_articles ea2 JOIN events e2 ON e2.id = ea2.event_id JOIN articles a2 ON a2.id = ea2.article_id
                     WHERE e2.story_id = s.id AND a2.title IS NOT NULL ORDER BY e2.ordinal, ea2.ordinal LIMIT 1)
            FROM stories s JOIN events e ON e.story_id = s.id JOIN event_articles ea ON ea.event_id = e.id JOIN articles a ON a.id = ea.article_id
            GROUP BY s.id ORDER BY count(ea.article_id) DESC, min(e.date), s.id
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<StorySummary>();
        while (r.Read())
        {
            var title = r.IsDBNull(7) ? string.Join(' ', JsonSerializer.Deserialize<string[]>(r.GetString(1), Json) ?? []) : r.GetString(7);
            list.Add(new StorySummary(r.GetString(0), title, r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), ParseDate(r, 5), ParseDate(r, 6)));
        }

        return list;
    }

    /// <inheritdoc />
    public (StoryGroup Story, IReadOnlyList<EventGroup> Events)? GetStory(string storyId)
    {
        using var s = Command("SELECT terms FROM stories WHERE id = $id");
        s.Parameters.AddWithValue("$id", storyId);
        if (s.ExecuteScalar() is not string terms)
        {
            return null;
        }

        using var cmd = Command("SELECT e.id, e.date, e.terms, ea.article_id FROM events e JOIN event_articles ea ON ea.event_id = e.id WHERE e.story_id = $id ORDER BY e.date, e.ordinal, ea.ordinal");
        cmd.Parameters.AddWithValue("$id", storyId);
        using var r = cmd.ExecuteReader();
        var events = new List<EventGroup>();
        var members = new Dictionary<string, List<ArticleId>>();
        while (r.Read())
        {
            var id = r.GetString(0);
            if (!members.TryGetValue(id, out var list))
            {
                members[id] = list = [];
                events.Add(new EventGroup(id, storyId, list, ParseDate(r, 1), JsonSerializer.Deserialize<string[]>(r.GetString(2), Json) ?? []));
            }

            list.Add(Parse(r.GetString(3)));
        }

        var story = new StoryGroup(storyId, events.Select(e => e.Id).ToList(), JsonSerializer.Deserialize<string[]>(terms, Json) ?? []);
        return (story, events);
    }

    /// <inheritdoc />
    public void SaveAnnotations(ArticleId article, string layer, IReadOnlyList<Annotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(annotations);
        using var tx = _connection.BeginTransaction();
        using (var delete = Command("DELETE FROM annotations WHERE article_id = $a AND layer = $l", tx))
        {
            delete.Parameters.AddWithValue("$a", article.ToString());
            delete.Parameters.AddWithValue("$l", layer);
            delete.ExecuteNonQuery();
        }

        using var insert = Command("INSERT INTO annotations(article_id, layer, start, end, label, value) VALUES ($a, $l, $s, $e, $label, $v)", tx);
        foreach (var a in annotations)
        {
            if (a.ArticleId != article || a.Layer != layer)
            {
                throw new ArgumentException($"annotation of {a.ArticleId}/{a.Layer} in a batch for {article}/{layer}", nameof(annotations));
            }

            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$a", article.ToString());
            insert.Parameters.AddWithValue("$l", layer);
            insert.Parameters.AddWithValue("$s", a.Span.Start);
            insert.Parameters.AddWithValue("$e", a.Span.End);
            insert.Parameters.AddWithValue("$label", a.Label);
            insert.Parameters.AddWithValue("$v", (object?)a.Value ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }

        tx.Commit();
        _checkpointer?.Wake();
    }

    /// <inheritdoc />
    public IReadOnlyList<Annotation> GetAnnotations(ArticleId article, string? layer = null)
    {
        using var cmd = Command("SELECT layer, start, end, label, value FROM annotations WHERE article_id = $a AND ($l IS NULL OR layer = $l) ORDER BY start, end, layer");
        cmd.Parameters.AddWithValue("$a", article.ToString());
        cmd.Parameters.AddWithValue("$l", (object?)layer ?? DBNull.Value);
        using var r = cmd.ExecuteReader();
        var list = new List<Annotation>();
        while (r.Read())
        {
            list.Add(new Annotation(article, r.GetString(0), new TextSpan(r.GetInt32(1), r.GetInt32(2)), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        }

        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticleId> CopiesOf(ArticleId canonical)
    {
        using var cmd = Command("SELECT copy_id FROM article_duplicates WHERE canonical_id = $k ORDER BY copy_id");
        cmd.Parameters.AddWithValue("$k", canonical.ToString());
        using var r = cmd.ExecuteReader();
        var list = new List<ArticleId>();
        while (r.Read())
        {
            list.Add(Parse(r.GetString(0)));
        }

        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = FtsQuery(query);
        if (match.Length == 0)
        {
            return [];
        }

        using var cmd = Command(
            """
            SELECT a.id, a.title, a.outlet, snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH $q ORDER BY bm25(articles_fts) LIMIT $n
            """);
        cmd.Parameters.AddWithValue("$q", match);
        cmd.Parameters.AddWithValue("$n", limit);
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
        {
            hits.Add(new SearchHit(Parse(r.GetString(0)), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetDouble(4)));
        }

        return hits;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _checkpointer?.Dispose();
        _writer?.Dispose();
        _stories?.Dispose();
        _connection.Dispose();
    }

    // User words become quoted FTS5 terms joined by AND: no query syntax reaches SQLite raw.
    private static string FtsQuery(string query)
    {
        var terms = query.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string(t.Where(char.IsLetterOrDigit).ToArray()))
            .Where(t => t.Length > 0)
            .Select(t => "\"" + t + "\"");
        return string.Join(" AND ", terms);
    }

    private const string ArticleColumns = "id, canonical_url, content_hash, source, outlet, outlet_domain, title, description, authors, editor, published, modified, language, dateline, body, paragraphs, credits";

    private static Article ReadArticle(SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var paragraphs = (JsonSerializer.Deserialize<int[][]>(r.GetString(15), Json) ?? [])
            .Select(p => new Paragraph(new TextSpan(p[0], p[1]), (ParagraphKind)p[2])).ToList();
        var outlet = S(4) is { } name ? new Outlet(name, S(5), "stored") : null;
        return new Article
        {
            Id = Parse(r.GetString(0)),
            CanonicalUrl = S(1) is { } u ? new Uri(u) : null,
            ContentHash = r.GetString(2),
            Source = S(3),
            Outlet = outlet,
            Title = S(6),
            Description = S(7),
            Authors = JsonSerializer.Deserialize<string[]>(r.GetString(8), Json) ?? [],
            Editor = S(9),
            Published = FromJson(S(10)),
            Modified = FromJson(S(11)),
            Language = r.GetString(12),
            Dateline = S(13),
            Body = r.GetString(14),
            Paragraphs = paragraphs,
            PhotoCredits = JsonSerializer.Deserialize<string[]>(r.GetString(16), Json) ?? [],
        };
    }

    private sealed record StoredDate(string V, bool T, bool O, bool I);

    internal static string? ToJson(DateValue? d) =>
        d is null ? null : JsonSerializer.Serialize(new StoredDate(d.Value.ToString("o", CultureInfo.InvariantCulture), d.HasTime, d.HasOffset, d.Inferred), Json);

    private static DateValue? FromJson(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var s = JsonSerializer.Deserialize<StoredDate>(json, Json)!;
        return new DateValue(DateTimeOffset.Parse(s.V, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), s.T, s.O, s.I);
    }

    private static DateOnly? ParseDate(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ArticleId Parse(string id) => ArticleId.TryParse(id, out var a) ? a : throw new StoreException($"corrupt article id '{id}' in store");

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private static void Exec(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd.ExecuteScalar();
    }
}
