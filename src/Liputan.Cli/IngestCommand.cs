using System.CommandLine;
using Liputan.Storage.Sqlite;
using Liputan.Workflows;
using Spectre.Console;

namespace Liputan.Cli;

/// <summary><c>liputan ingest PATH…</c>: store pages, each batch grouped as it is stored, then stories linked.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of saved pages, or http(s) addresses", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var batch = new Option<int>("--batch") { Description = "Articles per transaction", DefaultValueFactory = _ => 64 };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not draw the progress bar" };
        var command = new Command("ingest", "Extract and store pages, then group them into stories") { paths, db, json, batch, noProgress };
        command.SetAction(parse =>
        {
            var batchSize = parse.GetValue(batch);
            if (batchSize < 1)
            {
                return Output.Error("--batch must be at least 1", ExitCodes.Usage);
            }

            var inputs = parse.GetValue(paths)!;
            using var store = SqliteStore.Open(parse.GetValue(db)!);
            var workflow = new IngestWorkflow(store, new IngestOptions(BatchSize: batchSize));
            IngestReport report;
            var showProgress = !parse.GetValue(noProgress) && !parse.GetValue(json) && !Console.IsErrorRedirected;
            if (showProgress)
            {
                report = null!;
                Output.Stderr.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("ingest");
                        var started = DateTime.UtcNow;
                        report = workflow.Run(inputs, new ProgressUpdater(task, started));
                        task.Value = task.MaxValue;
                    });
            }
            else
            {
                report = workflow.Run(inputs);
            }

            var groups = report.Groups!.Value;
            if (parse.GetValue(json))
            {
                Output.Json(new
                {
                    report.Total,
                    report.Ingested,
                    report.Duplicates,
                    Skipped = report.Skipped.Select(s => new { s.Input, s.Reason }),
                    Seconds = Math.Round(report.Elapsed.TotalSeconds, 3),
                    PagesPerSecond = Math.Round(report.PagesPerSecond, 1),
                    Events = groups.Events,
                    Stories = groups.Stories,
                    StoreArticles = store.CountArticles(),
                });
            }
            else
            {
                PrintSummary(report, groups.Events, groups.Stories);
            }

            return report.Skipped.Count > 0 ? ExitCodes.SomeSkipped : ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintSummary(IngestReport report, int events, int stories)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("ingest").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("pages read", report.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("ingested", report.Ingested.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("duplicates", report.Duplicates.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("skipped", report.Skipped.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("events / stories", $"{events} / {stories}");
        table.AddRow("pages/s", report.PagesPerSecond.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        Output.Stdout.Write(table);
        if (report.Skipped.Count > 0)
        {
            var skipped = new Table().Border(TableBorder.Rounded).AddColumn("skipped input").AddColumn("reason");
            foreach (var s in report.Skipped)
            {
                skipped.AddRow(Markup.Escape(s.Input), Markup.Escape(s.Reason));
            }

            Output.Stdout.Write(skipped);
        }
    }

    private sealed class ProgressUpdater(ProgressTask task, DateTime started) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            var seconds = Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
            task.Description = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value.Done}/{value.Total} pages, {value.Done / seconds:0} pages/s");
        }
    }
}
