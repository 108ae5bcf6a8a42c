using System.CommandLine;
using Liputan.Storage.Sqlite;
using Liputan.Workflows;

namespace Liputan.Cli;

/// <summary><c>liputan recluster</c>: rebuild all events and stories from the stored articles.</summary>
internal static class ReclusterCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("recluster", "Rebuild every event and story from stored articles (deterministic)") { db };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path))
            {
                return Output.Error($"no store at '{path}'");
            }

            using var store = SqliteStore.Open(path);
            var g = new GroupingWorkflow(store).Rebuild();
            Console.Out.WriteLine($"{g.Events.Count} events in {g.Stories.Count} stories");
            return ExitCodes.Ok;
        });
        return command;
    }
}
