using System.CommandLine;
using Liputan.Storage.Sqlite;

namespace Liputan.Cli;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "Path of the store (SQLite file); created if missing",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LIPUTAN_DB") ?? "liputan.db",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of a table",
    };

    /// <summary>Opens an existing store, or prints why not and returns null (reading commands never create one).</summary>
    public static SqliteStore? OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            Output.Error($"no store at '{path}' (run 'liputan ingest' first, or pass --db)");
            return null;
        }

        return SqliteStore.Open(path);
    }
}
