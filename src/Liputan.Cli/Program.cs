using System.CommandLine;
using Liputan.Cli;
using Liputan.Storage;

var root = new RootCommand("Liputan: Indonesian online news, grouped into stories, every line traceable to its sources")
{
    IngestCommand.Create(),
    StoriesCommand.Create(),
    StoryCommand.Create(),
    SearchCommand.Create(),
    ExtractCommand.Create(),
    AnalyzeCommand.Create(),
    ReclusterCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors.Take(1))
    {
        Console.Error.WriteLine("liputan: " + error.Message.Split('\n')[0].Trim() + " (see 'liputan --help')");
    }

    return ExitCodes.Usage;
}

try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (StoreException e)
{
    return Output.Error(e.Message);
}
catch (IOException e)
{
    return Output.Error(e.Message);
}
catch (UnauthorizedAccessException e)
{
    return Output.Error(e.Message);
}
catch (Exception e) when (Environment.GetEnvironmentVariable("LIPUTAN_DEBUG") is null)
{
    // A bug: one line for the user, the details with LIPUTAN_DEBUG=1.
    return Output.Error($"internal error ({e.GetType().Name}): {e.Message}; run with LIPUTAN_DEBUG=1 for details");
}
