using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Liputan.Cli;

/// <summary><c>liputan stories</c>: list stories, largest first.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("stories", "List stories with their events and outlets") { db, json };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Failure;
            }

            var stories = store.Stories();
            if (parse.GetValue(json))
            {
                Output.Json(stories.Select(s =>
                {
                    var detail = store.GetStory(s.Id)!.Value;
                    return new
                    {
                        s.Id,
                        s.Title,
                        Events = detail.Events.Select(e => new
                        {
                            e.Id,
                            Date = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            Articles = e.Articles.Select(a => a.ToString()),
                        }),
                        s.ArticleCount,
                        s.OutletCount,
                        First = s.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        Last = s.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    };
                }));
                return ExitCodes.Ok;
            }

            if (stories.Count == 0)
            {
                Output.Stdout.MarkupLine("[grey]no stories yet: ingest some pages first[/]");
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("story").AddColumn("title").AddColumn(new TableColumn("events").RightAligned())
                .AddColumn(new TableColumn("articles").RightAligned()).AddColumn(new TableColumn("outlets").RightAligned()).AddColumn("dates");
            foreach (var s in stories)
            {
                var dates = s.First is null ? "" : s.First == s.Last ? Date(s.First) : $"{Date(s.First)} – {Date(s.Last)}";
                table.AddRow(s.Id, Markup.Escape(s.Title), N(s.EventCount), N(s.ArticleCount), N(s.OutletCount), dates);
            }

            Output.Stdout.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
