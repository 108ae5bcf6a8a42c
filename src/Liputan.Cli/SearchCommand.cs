using System.CommandLine;
using Spectre.Console;

namespace Liputan.Cli;

/// <summary><c>liputan search WORDS</c>: full-text search over stored articles.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("words") { Description = "Words that must all occur", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { Description = "Maximum hits", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search stored articles by words") { query, db, json, limit };
        command.SetAction(parse =>
        {
            using var store = CommonOptions.OpenExisting(parse.GetValue(db)!);
            if (store is null)
            {
                return ExitCodes.Failure;
            }

            var hits = store.Search(string.Join(' ', parse.GetValue(query)!), Math.Max(1, parse.GetValue(limit)));
            if (parse.GetValue(json))
            {
                Output.Json(hits.Select(h => new { Id = h.Id.ToString(), h.Title, h.Outlet, h.Snippet }));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("article").AddColumn("outlet").AddColumn("title").AddColumn("snippet");
            foreach (var h in hits)
            {
                table.AddRow(h.Id.ToString(), Markup.Escape(h.Outlet ?? ""), Markup.Escape(h.Title ?? ""), Markup.Escape(h.Snippet));
            }

            Output.Stdout.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
