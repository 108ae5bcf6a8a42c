using System.Runtime.InteropServices;
using Liputan.Stories.Events;
using Microsoft.Data.Sqlite;

namespace Liputan.Storage.Sqlite;

/// <summary>
/// Reads the online story linker's stories through a connection of its own: in WAL mode it sees
/// the last committed batch while the store's connection writes the next one, so the grouping
/// thread can link a batch's events beside the article writes.
/// </summary>
internal sealed class StoryReader : IStoredStories, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _story;
    private readonly SqliteCommand _lastDay;

    public StoryReader(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA busy_timeout=5000; PRAGMA query_only=ON;";
            pragma.ExecuteNonQuery();
        }

        _story = Prepare("SELECT seq, id, last_day, base_last_day, members, live, body, entities FROM online_stories WHERE seq = $s");
        _lastDay = Prepare("SELECT last_day FROM online_stories WHERE seq = $s");
    }

    /// <inheritdoc />
    public StoredStory? Story(int seq)
    {
        _story.Parameters[0].Value = seq;
        using var r = _story.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        int? Day(int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
        return new StoredStory(r.GetInt32(0), r.GetString(1), Day(2), Day(3), r.GetInt32(4), MemoryMarshal.Cast<byte, int>((byte[])r[5]).ToArray(), (byte[])r[6], (byte[])r[7]);
    }

    /// <inheritdoc />
    public bool TryLastDay(int seq, out int? lastDay)
    {
        _lastDay.Parameters[0].Value = seq;
        using var r = _lastDay.ExecuteReader();
        if (!r.Read())
        {
            lastDay = null;
            return false;
        }

        lastDay = r.IsDBNull(0) ? null : r.GetInt32(0);
        return true;
    }

    /// <inheritdoc />
    public IEnumerable<(int Seq, int? LastDay)> LastDays(int sinceDay)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT seq, last_day FROM online_stories WHERE last_day >= $d OR last_day IS NULL";
        cmd.Parameters.AddWithValue("$d", sinceDay);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return (r.GetInt32(0), r.IsDBNull(1) ? null : r.GetInt32(1));
        }
    }

    public void Dispose()
    {
        _story.Dispose();
        _lastDay.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add("$s", SqliteType.Integer);
        cmd.Prepare();
        return cmd;
    }
}
