using Microsoft.Data.Sqlite;

namespace Liputan.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database on a thread and connection of its own, so an
/// ingest batch does not wait for it. SQLite's automatic checkpoint runs inside the commit that
/// crosses its threshold; at a million stored articles a batch's commit wrote some 8,000 pages and
/// every commit crossed it, so each batch waited for the copy and its two fsyncs on the critical
/// path. A passive checkpoint never blocks the writer; the writer waits only when the previous
/// checkpoint is still running at its next commit. The log starts over only when a writer whose
/// transaction began on a fully copied log commits, so once it outgrows a limit the next batch
/// waits for the running checkpoint before it begins (SqliteStore.Ingest).
/// </summary>
internal sealed class Checkpointer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Thread _thread;
    private readonly object _gate = new();
    private bool _due;
    private bool _running;
    private bool _stopping;
    private long _logFrames;

    public Checkpointer(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        _thread = new Thread(Run) { IsBackground = true, Name = "liputan checkpoint" };
        _thread.Start();
    }

    /// <summary>Frames in the log at the last checkpoint (copied or not).</summary>
    public long LogFrames => Volatile.Read(ref _logFrames);

    /// <summary>Asks for a checkpoint of everything committed so far.</summary>
    public void Wake()
    {
        lock (_gate)
        {
            _due = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Waits until no checkpoint is running or due.</summary>
    public void WaitIdle()
    {
        lock (_gate)
        {
            while ((_due || _running) && !_stopping)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>Stops the thread; the last connection's close checkpoints what is left.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.PulseAll(_gate);
        }

        _thread.Join();
        _connection.Dispose();
    }

    private void Run()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        while (true)
        {
            lock (_gate)
            {
                while (!_due && !_stopping)
                {
                    Monitor.Wait(_gate);
                }

                // A checkpoint still due when the store closes runs first: the close cannot fold the
                // log in while another process has the file open.
                if (_stopping && !_due)
                {
                    return;
                }

                (_due, _running) = (false, true);
            }

            try
            {
                using (var r = cmd.ExecuteReader())
                {
                    // One row: busy, frames in the log, frames copied.
                    if (r.Read())
                    {
                        Volatile.Write(ref _logFrames, r.GetInt64(1));
                    }
                }
            }
            catch (Exception)
            {
                // Nothing is lost: the frames stay in the log until a later checkpoint copies them.
            }
            finally
            {
                lock (_gate)
                {
                    _running = false;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
