using System.CommandLine;

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
}
