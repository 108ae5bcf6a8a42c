using System.CommandLine;
using System.Text.Json.Nodes;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Ingestion;

namespace Liputan.Cli;

/// <summary><c>liputan extract FILE|URL|-</c> and <c>liputan extract --jsonl DIR</c>: the clean article as JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string?>("input") { Description = "A saved page, an http(s) URL, or - for standard input", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<string?>("--jsonl") { Description = "Extract every page of a folder, one JSON object per line, in input order" };
        var command = new Command("extract", "Extract the article and its metadata from a page, as JSON") { input, jsonl };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(jsonl);
            var single = parse.GetValue(input);
            if (dir is null == single is null)
            {
                return Output.Error("give either one input (FILE, URL or -) or --jsonl DIR", ExitCodes.Usage);
            }

            return dir is not null ? Batch(dir) : Single(single!);
        });
        return command;
    }

    private static int Single(string input)
    {
        var raw = CliInput.Read(input, out var error);
        if (raw is null)
        {
            return Output.Error(error!);
        }

        var result = DocumentExtractor.Default.Extract(raw);
        if (!result.Success)
        {
            Output.Json(new JsonObject { ["file"] = raw.DisplayName, ["error"] = result.FailureReason });
            return Output.Error($"{raw.DisplayName}: {result.FailureReason}", ExitCodes.SomeSkipped);
        }

        Output.Json(ArticleJson.ToJson(result.Article!));
        return ExitCodes.Ok;
    }

    private static int Batch(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return Output.Error($"not a folder: '{dir}'", ExitCodes.Usage);
        }

        var (files, _) = FileSource.Expand([dir]);
        var source = new FileSource();
        var failed = 0;
        const int window = 256;
        for (var start = 0; start < files.Count; start += window)
        {
            var count = Math.Min(window, files.Count - start);
            var lines = new JsonObject[count];
            Parallel.For(0, count, i =>
            {
                var file = files[start + i];
                var name = Path.GetRelativePath(dir, file);
                var item = source.Read(file);
                var result = item.Document is null ? ExtractionResult.Fail(item.SkipReason!) : DocumentExtractor.Default.Extract(item.Document);
                lines[i] = result.Success ? ArticleJson.ToJson(result.Article!, name) : new JsonObject { ["file"] = name, ["error"] = result.FailureReason };
            });
            foreach (var line in lines)
            {
                failed += line.ContainsKey("error") ? 1 : 0;
                Output.JsonLine(line);
            }
        }

        return failed > 0 ? ExitCodes.SomeSkipped : ExitCodes.Ok;
    }
}

/// <summary>Reads a CLI input argument: a file path, an http(s) URL, or - for standard input.</summary>
internal static class CliInput
{
    public static RawDocument? Read(string input, out string? error)
    {
        error = null;
        if (HttpSource.IsWebAddress(input, out var url))
        {
            using var http = new HttpSource();
            var fetched = http.FetchAsync(url!).GetAwaiter().GetResult();
            error = fetched.Document is null ? $"{input}: {fetched.SkipReason}" : null;
            return fetched.Document;
        }

        if (input == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return new RawDocument(buffer.ToArray(), null, null, DateTimeOffset.UtcNow);
        }

        if (Directory.Exists(input))
        {
            error = $"'{input}' is a folder (use --jsonl DIR for a batch)";
            return null;
        }

        var item = new FileSource().Read(input);
        if (item.Document is null)
        {
            error = $"{input}: {item.SkipReason}";
        }

        return item.Document;
    }
}
