using System.CommandLine;
using System.Text;
using Liputan.Coverage;
using Liputan.Storage.Sqlite;

namespace Liputan.Cli;

/// <summary><c>liputan story ID</c>: one story's view.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Story id, as 'liputan stories' prints it" };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var format = new Option<string>("--format") { Description = "md or json", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json");
        var command = new Command("story", "Show one story: its events, articles and outlets") { id, db, json, format };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path))
            {
                return Output.Error($"no store at '{path}' (run 'liputan ingest' first, or pass --db)");
            }

            using var store = SqliteStore.Open(path);
            var storyId = parse.GetValue(id)!;
            var found = store.GetStory(storyId);
            if (found is null)
            {
                return Output.Error($"no story '{storyId}' (see 'liputan stories')");
            }

            var view = StoryViewBuilder.Build(found.Value.Story, found.Value.Events, store.GetArticle, store.CopiesOf);
            if (parse.GetValue(json) || parse.GetValue(format) == "json")
            {
                Output.Json(view);
            }
            else
            {
                Console.Out.Write(Markdown(view));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Markdown(StoryView view)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(view.Title).Append('\n').Append('\n');
        sb.Append("Story `").Append(view.Id).Append("`, ").Append(view.Events.Count).Append(" event(s)");
        if (view.First is not null)
        {
            sb.Append(", ").Append(view.First).Append(view.Last != view.First ? " – " + view.Last : "");
        }

        sb.Append('\n').Append('\n');
        foreach (var e in view.Events)
        {
            sb.Append("## Event ").Append(e.Date ?? "(undated)").Append(" `").Append(e.Id).Append("`\n\n");
            foreach (var a in e.Articles)
            {
                sb.Append("- ").Append(a.Title ?? "(untitled)").Append(" — ").Append(a.Outlet ?? "unknown outlet");
                if (a.Published is not null)
                {
                    sb.Append(", ").Append(a.Published);
                }

                sb.Append(" (`").Append(a.Id).Append("`)\n");
                foreach (var c in a.AlsoPublishedAt)
                {
                    sb.Append("  - also published at ").Append(c.Outlet ?? c.Domain ?? "unknown outlet");
                    if (c.Url is not null)
                    {
                        sb.Append(", ").Append(c.Url);
                    }

                    sb.Append(" (`").Append(c.Id).Append("`)\n");
                }
            }

            sb.Append('\n');
        }

        sb.Append("## Outlets\n\n");
        foreach (var o in view.Outlets)
        {
            sb.Append("- ").Append(o.Name).Append(": ").Append(o.Articles).Append(" article(s)\n");
        }

        return sb.ToString();
    }
}
