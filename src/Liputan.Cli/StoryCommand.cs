using System.CommandLine;
using Liputan.Coverage;
using Liputan.Coverage.Rendering;

namespace Liputan.Cli;

/// <summary><c>liputan story ID</c>: one story's grounded coverage view.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Story id, as 'liputan stories' prints it" };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var format = new Option<string>("--format") { Description = "md, json or html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "html");
        var command = new Command("story", "Show one story: cited summary, timeline, coverage by outlet, events") { id, db, json, format };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Failure;
            }

            var storyId = parse.GetValue(id)!;
            var found = store.GetStory(storyId);
            if (found is null)
            {
                return Output.Error($"no story '{storyId}' (see 'liputan stories')");
            }

            var view = StoryViewBuilder.Build(found.Value.Story, found.Value.Events, store.GetArticle, store.CopiesOf);
            var articles = found.Value.Events.SelectMany(e => e.Articles).Distinct().Select(store.GetArticle).OfType<Documents.Article>().ToList();
            var coverage = new CoverageBuilder().Build(view, articles);
            var chosen = parse.GetValue(json) ? "json" : parse.GetValue(format);
            Console.Out.Write(chosen switch
            {
                "json" => CoverageJson.Render(coverage) + "\n",
                "html" => CoverageHtml.Render(coverage),
                _ => CoverageMarkdown.Render(coverage),
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}
