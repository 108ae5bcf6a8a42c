using System.CommandLine;
using System.Text.Json.Nodes;
using Liputan.Extraction;
using Liputan.Language;

namespace Liputan.Cli;

/// <summary><c>liputan analyze FILE|-</c>: every language layer as JSON with character spans.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A saved page, or - for standard input" };
        var command = new Command("analyze", "Analyse a page: sentences, tokens, dates, as JSON with spans") { input };
        command.SetAction(parse =>
        {
            var raw = CliInput.Read(parse.GetValue(input)!, out var error);
            if (raw is null)
            {
                return Output.Error(error!);
            }

            var extracted = DocumentExtractor.Default.Extract(raw);
            if (!extracted.Success)
            {
                return Output.Error($"{raw.DisplayName}: {extracted.FailureReason}", ExitCodes.SomeSkipped);
            }

            var analyzed = LanguagePipeline.CreateBuilder().Build().Run(extracted.Article!);
            Output.Json(AnalysisJson.ToJson(analyzed));
            return ExitCodes.Ok;
        });
        return command;
    }
}
