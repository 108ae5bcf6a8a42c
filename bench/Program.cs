using Liputan.Bench;

// Whole-run benchmarks, printed with the machine they ran on. Outputs go to bench/out/ (git-ignored).
//   dotnet run -c Release --project bench -- ingest [--counts 1000,10000,100000]
//   dotnet run -c Release --project bench -- generate --count N --out DIR
//   dotnet run -c Release --project bench -- coverage [--articles 200] [--runs 20]
//   dotnet run -c Release --project bench -- analyze [--count N]
//   dotnet run -c Release --project bench -- train-ner [--iterations N] [--seeds S,S,…] [--shared DIR] [--out FILE]
//   dotnet run -c Release --project bench -- ner-spread [--sets 5]   (test F1 of the NER configuration over disjoint seed sets)
//   dotnet run -c Release --project bench -- extract [--shared DIR] [--rounds N]
//   dotnet run -c Release --project bench -- cluster [--count 100000]   (the full run: --count 1000000)
//   dotnet run -c Release --project bench -- stream [--count 100000] [--batch 1000] [--work DIR] [--resume N]   (end to end: pages, store, online grouping)
//   dotnet run -c Release --project bench -- stages [--count 20000] [--batch 1000] [--work DIR]   (the stream's CPU per page and stage, on one thread)
var command = args.FirstOrDefault() ?? "ingest";
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
switch (command)
{
    case "generate":
        var count = int.Parse(Arg("--count") ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
        var outDir = Arg("--out") ?? Path.Combine("bench", "out", "pages");
        new PageGenerator().WriteCorpus(outDir, count);
        Console.WriteLine($"wrote {count} pages to {outDir}");
        return 0;
    case "ingest":
        var counts = (Arg("--counts") ?? "1000,10000,100000").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return IngestBench.Run(counts, Arg("--work"));
    case "coverage":
        return CoverageBench.Run(int.Parse(Arg("--articles") ?? "200", System.Globalization.CultureInfo.InvariantCulture), int.Parse(Arg("--runs") ?? "20", System.Globalization.CultureInfo.InvariantCulture));
    case "analyze":
        return AnalyzeBench.Run(int.Parse(Arg("--count") ?? "500", System.Globalization.CultureInfo.InvariantCulture));
    case "train-ner":
        return TrainNer.Run(
            Arg("--shared") ?? Path.Combine("..", "shared"),
            int.Parse(Arg("--iterations") ?? TrainNer.DefaultIterations.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture),
            Arg("--seeds") ?? Arg("--seed") ?? TrainNer.DefaultSeeds,
            Arg("--out") ?? Path.Combine("src", "Liputan", "Resources", "models", "ner.bin"));
    case "ner-spread":
        return TrainNer.Spread(Arg("--shared") ?? Path.Combine("..", "shared"), int.Parse(Arg("--sets") ?? "5", System.Globalization.CultureInfo.InvariantCulture));
    case "extract":
        var shared = Arg("--shared") ?? Environment.GetEnvironmentVariable("LIPUTAN_SHARED") ?? Path.Combine("..", "shared");
        return ExtractBench.Run(shared, int.Parse(Arg("--rounds") ?? "2", System.Globalization.CultureInfo.InvariantCulture));
    case "cluster":
        return ClusterBench.Run(int.Parse(Arg("--count") ?? "100000", System.Globalization.CultureInfo.InvariantCulture));
    case "stream":
        return StreamBench.Run(int.Parse(Arg("--count") ?? "100000", System.Globalization.CultureInfo.InvariantCulture), int.Parse(Arg("--batch") ?? "1000", System.Globalization.CultureInfo.InvariantCulture), Arg("--work"), int.Parse(Arg("--resume") ?? "0", System.Globalization.CultureInfo.InvariantCulture));
    case "stages":
        return StageBench.Run(int.Parse(Arg("--count") ?? "20000", System.Globalization.CultureInfo.InvariantCulture), int.Parse(Arg("--batch") ?? "1000", System.Globalization.CultureInfo.InvariantCulture), Arg("--work"));
    default:
        Console.Error.WriteLine("bench: commands are 'ingest [--counts a,b,c] [--work DIR]', 'generate --count N --out DIR', 'coverage [--articles 200] [--runs 20]', 'analyze [--count N]', 'train-ner [--iterations N] [--seeds S,S,…] [--shared DIR] [--out FILE]', 'ner-spread [--sets N]', 'extract [--shared DIR] [--rounds N]', 'cluster [--count N]', 'stream [--count N] [--batch N] [--work DIR]', 'stages [--count N] [--batch N] [--work DIR]'");
        return 2;
}
