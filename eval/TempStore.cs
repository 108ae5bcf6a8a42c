using Liputan.Storage.Sqlite;

namespace Liputan.Eval;

/// <summary>A throw-away SQLite store for one eval run, deleted (with its WAL files) on dispose.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _path;

    public TempStore(string name)
    {
        _path = Path.Combine(Path.GetTempPath(), $"liputan-eval-{name}-{Environment.ProcessId}.db");
        Store = SqliteStore.Open(_path);
    }

    public SqliteStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
