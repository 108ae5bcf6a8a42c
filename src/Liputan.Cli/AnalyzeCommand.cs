using System.CommandLine;
using Liputan.Extraction;
using Liputan.Language;
using Liputan.Pipeline;

namespace Liputan.Cli;

/// <summary>
/// <c>liputan analyze FILE…|-</c>: every language layer as JSON with character spans; given
/// several pages (one story), also the story's entities with their aliases merged across them.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var input = new Argument<string[]>("input") { Description = "Saved pages (several: one story), or - for standard input", Arity = ArgumentArity.OneOrMore };
        var command = new Command("analyze", "Analyse pages: sentences, tokens, dates, entities, quotes, as JSON with spans; several pages add the story's merged entities") { input };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(input)!;
            if (inputs.Count(i => i == "-") > 1)
            {
                return Output.Error("standard input (-) can be given only once", ExitCodes.Usage);
            }

            var pipeline = LanguagePipeline.CreateBuilder().Build();
            var analyzed = new List<AnalyzedArticle>();
            var skipped = 0;
            foreach (var name in inputs)
            {
                var raw = CliInput.Read(name, out var error);
                if (raw is null)
                {
                    // One page: its error is the answer; several: report it and go on with the rest.
                    if (inputs.Length == 1)
                    {
                        return Output.Error(error!);
                    }

                    Output.Error(error!);
                    skipped++;
                    continue;
                }

                var extracted = DocumentExtractor.Default.Extract(raw);
                if (!extracted.Success)
                {
                    Output.Error($"{raw.DisplayName}: {extracted.FailureReason}", ExitCodes.SomeSkipped);
                    skipped++;
                    continue;
                }

                analyzed.Add(pipeline.Run(extracted.Article!));
            }

            if (inputs.Length == 1)
            {
                if (analyzed.Count == 0)
                {
                    return ExitCodes.SomeSkipped;
                }

                Output.Json(AnalysisJson.ToJson(analyzed[0]));
                return ExitCodes.Ok;
            }

            if (analyzed.Count == 0)
            {
                return Output.Error("no page could be analysed");
            }

            Output.Json(AnalysisJson.ToStoryJson(analyzed));
            return skipped > 0 ? ExitCodes.SomeSkipped : ExitCodes.Ok;
        });
        return command;
    }
}
