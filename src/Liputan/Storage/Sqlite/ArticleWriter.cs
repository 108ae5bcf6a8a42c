using System.Globalization;
using System.Text;
using System.Text.Json;
using Liputan.Documents;
using Microsoft.Data.Sqlite;

namespace Liputan.Storage.Sqlite;

/// <summary>
/// The statements an ingest batch runs per article, prepared once per store and bound anew for
/// each row: SQLite parses each statement once however many batches follow.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private static readonly string[] Columns =
        ["id", "url", "hash", "source", "outlet", "domain", "title", "description", "authors", "editor", "published", "published_utc", "modified", "language", "dateline", "body", "paragraphs", "credits", "ingested_at"];

    private readonly SqliteCommand _byId;
    private readonly SqliteCommand _byUrl;
    private readonly SqliteCommand _byHash;
    private readonly SqliteCommand _source;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _row;

    public ArticleWriter(SqliteConnection connection)
    {
        _byId = Command(connection, "SELECT id FROM articles WHERE id = $v", "$v");
        _byUrl = Command(connection, "SELECT id FROM articles WHERE canonical_url = $v", "$v");
        _byHash = Command(connection, "SELECT id FROM articles WHERE content_hash = $v LIMIT 1", "$v");
        _source = Command(connection, "INSERT OR IGNORE INTO article_sources(article_id, source, reason) VALUES ($a, $s, $r)", "$a", "$s", "$r");
        _insert = Command(
            connection,
            """
            INSERT INTO articles(id, canonical_url, content_hash, source, outlet, outlet_domain, title, description, authors, editor,
                published, published_utc, modified, language, dateline, body, paragraphs, credits, ingested_at)
            VALUES ($id, $url, $hash, $source, $outlet, $domain, $title, $description, $authors, $editor,
                $published, $published_utc, $modified, $language, $dateline, $body, $paragraphs, $credits, $ingested_at)
            """,
            [.. Columns.Select(c => "$" + c)]);
        _row = [.. _insert.Parameters.Cast<SqliteParameter>()];
    }

    /// <summary>Runs the statements in <paramref name="tx"/> from now on.</summary>
    public void Begin(SqliteTransaction tx)
    {
        foreach (var c in (ReadOnlySpan<SqliteCommand>)[_byId, _byUrl, _byHash, _source, _insert])
        {
            c.Transaction = tx;
        }
    }

    public string? ById(string id) => Scalar(_byId, id);

    public string? ByUrl(string url) => Scalar(_byUrl, url);

    public string? ByHash(string hash) => Scalar(_byHash, hash);

    public void AddSource(string article, string source, string reason)
    {
        _source.Parameters[0].Value = article;
        _source.Parameters[1].Value = source;
        _source.Parameters[2].Value = reason;
        _source.ExecuteNonQuery();
    }

    public void Insert(Article a, string now)
    {
        object Or(string? v) => (object?)v ?? DBNull.Value;
        var values = new object[]
        {
            a.Id.ToString(), Or(a.CanonicalUrl?.AbsoluteUri), a.ContentHash, Or(a.Source), Or(a.Outlet?.Name), Or(a.Outlet?.Domain), Or(a.Title), Or(a.Description),
            JsonSerializer.Serialize(a.Authors, SqliteStore.Json), Or(a.Editor), Or(SqliteStore.ToJson(a.Published)),
            Or(a.Published?.Value.UtcDateTime.ToString("o", CultureInfo.InvariantCulture)), Or(SqliteStore.ToJson(a.Modified)), a.Language, Or(a.Dateline), a.Body,
            Paragraphs(a.Paragraphs), JsonSerializer.Serialize(a.PhotoCredits, SqliteStore.Json), now,
        };
        for (var i = 0; i < values.Length; i++)
        {
            _row[i].Value = values[i];
        }

        _insert.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var c in (ReadOnlySpan<SqliteCommand>)[_byId, _byUrl, _byHash, _source, _insert])
        {
            c.Dispose();
        }
    }

    // [[start,end,kind],…]: what JsonSerializer writes for the int triples, without the serializer.
    internal static string Paragraphs(IReadOnlyList<Paragraph> paragraphs)
    {
        var sb = new StringBuilder(2 + (paragraphs.Count * 16));
        sb.Append('[');
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            sb.Append(i == 0 ? "[" : ",[").Append(p.Span.Start.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(p.Span.End.ToString(CultureInfo.InvariantCulture)).Append(',').Append(((int)p.Kind).ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return sb.Append(']').ToString();
    }

    private static string? Scalar(SqliteCommand c, string value)
    {
        c.Parameters[0].Value = value;
        return c.ExecuteScalar() as string;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var c = connection.CreateCommand();
        c.CommandText = sql;
        foreach (var p in parameters)
        {
            c.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        return c;
    }
}
