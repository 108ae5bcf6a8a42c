using System.CommandLine;
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
            using var store = CommonOptions.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Failure;
            }

            var g = new GroupingWorkflow(store).Rebuild();
            Console.Out.WriteLine($"{g.Events.Count} events in {g.Stories.Count} stories");
            return ExitCodes.Ok;
        });
        return command;
    }
}
