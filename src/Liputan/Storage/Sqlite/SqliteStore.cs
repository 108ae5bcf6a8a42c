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
            foreach (var a in inserted)
            {
                w.Insert(a, now);
                if (a.Source is not null)
                {
                    w.AddSource(a.Id.ToString(), a.Source, "ingested");
                }
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

        if (grouping is not null)
        {
            SaveOnline(grouping.GetAwaiter().GetResult(), tx);
        }

        tx.Commit();
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
        using var cmd = Command("SELECT source FROM article_sources WHERE article_id = $a AND reason <> 'ingested' ORDER BY source");
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
    public void ReplaceGrouping(Grouping grouping) => Replace(grouping, keepDuplicates: false);

    /// <inheritdoc />
    public void ReplaceEvents(Grouping grouping) => Replace(grouping, keepDuplicates: true);

    private void Replace(Grouping grouping, bool keepDuplicates)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        using var tx = _connection.BeginTransaction();
        Exec(_connection, "DELETE FROM event_articles; DELETE FROM events; DELETE FROM stories;" + (keepDuplicates ? "" : " DELETE FROM article_duplicates;"), tx);
        using (var dup = Command("INSERT OR REPLACE INTO article_duplicates(copy_id, canonical_id, similarity) VALUES ($c, $k, $s)", tx))
        {
            foreach (var d in grouping.Duplicates)
            {
                dup.Parameters.Clear();
                dup.Parameters.AddWithValue("$c", d.Copy.ToString());
                dup.Parameters.AddWithValue("$k", d.Canonical.ToString());
                dup.Parameters.AddWithValue("$s", d.Similarity);
                dup.ExecuteNonQuery();
            }
        }

        using var story = Command("INSERT INTO stories(id, terms) VALUES ($id, $terms)", tx);
        foreach (var s in grouping.Stories)
        {
            story.Parameters.Clear();
            story.Parameters.AddWithValue("$id", s.Id);
            story.Parameters.AddWithValue("$terms", JsonSerializer.Serialize(s.TopTerms, Json));
            story.ExecuteNonQuery();
        }

        using var ev = Command("INSERT INTO events(id, story_id, date, terms, ordinal) VALUES ($id, $story, $date, $terms, $ordinal)", tx);
        using var member = Command("INSERT INTO event_articles(event_id, article_id, ordinal) VALUES ($e, $a, $o)", tx);
        var ordinal = 0;
        foreach (var e in grouping.Events)
        {
            ev.Parameters.Clear();
            ev.Parameters.AddWithValue("$id", e.Id);
            ev.Parameters.AddWithValue("$story", e.StoryId);
            ev.Parameters.AddWithValue("$date", (object?)e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            ev.Parameters.AddWithValue("$terms", JsonSerializer.Serialize(e.TopTerms, Json));
            ev.Parameters.AddWithValue("$ordinal", ordinal++);
            ev.ExecuteNonQuery();
            var o = 0;
            foreach (var a in e.Articles)
            {
                member.Parameters.Clear();
                member.Parameters.AddWithValue("$e", e.Id);
                member.Parameters.AddWithValue("$a", a.ToString());
                member.Parameters.AddWithValue("$o", o++);
                member.ExecuteNonQuery();
            }
        }

        tx.Commit();
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

        var terms = new List<StoredTerm>();
        using (var cmd = Command("SELECT id, term, df FROM online_terms ORDER BY id"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                terms.Add(new StoredTerm(r.GetInt32(0), r.GetString(1), r.GetInt32(2)));
            }
        }

        var clusters = ReadEvents("WHERE frozen = 0 AND merged_into < 0").ToList();
        var postings = new List<StoredPosting>();
        using (var cmd = Command("SELECT term, clusters FROM online_postings"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                postings.Add(new StoredPosting(r.GetInt32(0), Ints((byte[])r[1])));
            }
        }

        var signatures = new List<StoredSignature>();
        using (var cmd = Command("SELECT seq, canonical_id, signature FROM online_signatures ORDER BY seq"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                signatures.Add(new StoredSignature(r.GetInt32(0), Parse(r.GetString(1)), MemoryMarshal.Cast<byte, ulong>((byte[])r[2]).ToArray()));
            }
        }

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
        return new OnlineChanges(state, Meta("duplicates_seen", 0), signatures, 0, []);
    }

    /// <inheritdoc />
    public void SaveOnline(OnlineChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var tx = _connection.BeginTransaction();
        SaveOnline(changes, tx);
        tx.Commit();
    }

    /// <inheritdoc />
    public IEnumerable<StoredCluster> OnlineEvents() => ReadEvents("WHERE merged_into < 0");

    /// <inheritdoc />
    public void ClearOnline()
    {
        using var tx = _connection.BeginTransaction();
        Exec(_connection, "DELETE FROM online_meta; DELETE FROM online_terms; DELETE FROM online_events; DELETE FROM online_postings; DELETE FROM online_signatures;", tx);
        tx.Commit();
    }

    private IEnumerable<StoredCluster> ReadEvents(string where)
    {
        using var cmd = Command($"SELECT seq, first_day, last_day, merged_into, frozen, articles, body, title, entities FROM online_events {where} ORDER BY seq");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var articles = MemoryMarshal.Cast<byte, ulong>((byte[])r[5]).ToArray().Select(v => new ArticleId(v)).ToList();
            yield return new StoredCluster(
                r.GetInt32(0), r.IsDBNull(1) ? null : r.GetInt32(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.GetInt32(3), r.GetInt32(4) != 0,
                articles, (byte[])r[6], (byte[])r[7], (byte[])r[8]);
        }
    }

    private void SaveOnline(OnlineChanges changes, SqliteTransaction tx)
    {
        var state = changes.Events;
        (string Key, long? Value)[] meta = [("documents", state.Documents), ("newest_day", state.NewestDay), ("swept_day", state.SweptDay), ("events", state.EventCount), ("duplicates_seen", changes.DuplicatesSeen)];
        WriteRows(tx, "INSERT OR REPLACE INTO online_meta(key, value) VALUES ($k, $v)", meta,
            ("$k", SqliteType.Text, m => m.Key), ("$v", SqliteType.Integer, m => m.Value));

        WriteRows(tx, "INSERT INTO online_terms(id, term, df) VALUES ($i, $t, $d) ON CONFLICT(id) DO UPDATE SET df = excluded.df", state.Terms,
            ("$i", SqliteType.Integer, x => x.Id), ("$t", SqliteType.Text, x => x.Term), ("$d", SqliteType.Integer, x => x.DocumentFrequency));

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

        // A posting list emptied by eviction is deleted rather than stored empty; each term comes once a batch.
        WriteRows(tx, "INSERT INTO online_postings(term, clusters) VALUES ($t, $c) ON CONFLICT(term) DO UPDATE SET clusters = excluded.clusters", state.Postings.Where(p => p.Clusters.Count > 0),
            ("$t", SqliteType.Integer, p => p.Term), ("$c", SqliteType.Blob, p => MemoryMarshal.AsBytes(p.Clusters.ToArray().AsSpan()).ToArray()));
        WriteRows(tx, "DELETE FROM online_postings WHERE term = $t", state.Postings.Where(p => p.Clusters.Count == 0),
            ("$t", SqliteType.Integer, p => p.Term));

        WriteRows(tx, "INSERT OR REPLACE INTO online_signatures(seq, canonical_id, signature) VALUES ($s, $c, $g)", changes.Signatures,
            ("$s", SqliteType.Integer, x => x.Seq), ("$c", SqliteType.Text, x => x.Canonical.ToString()), ("$g", SqliteType.Blob, x => MemoryMarshal.AsBytes(x.Signature.AsSpan()).ToArray()));

        using (var prune = Command("DELETE FROM online_signatures WHERE seq < $s", tx))
        {
            prune.Parameters.AddWithValue("$s", changes.OldestSignature);
            prune.ExecuteNonQuery();
        }

        WriteRows(tx, "INSERT OR REPLACE INTO article_duplicates(copy_id, canonical_id, similarity) VALUES ($c, $k, $s)", changes.Links,
            ("$c", SqliteType.Text, d => d.Copy.ToString()), ("$k", SqliteType.Text, d => d.Canonical.ToString()), ("$s", SqliteType.Real, d => d.Similarity));
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
        _writer?.Dispose();
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

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
