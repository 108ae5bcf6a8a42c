using Liputan.Bench;

// Whole-run benchmarks, printed with the machine they ran on. Outputs go to bench/out/ (git-ignored).
//   dotnet run -c Release --project bench -- ingest [--counts 1000,10000,100000]
//   dotnet run -c Release --project bench -- generate --count N --out DIR
//   dotnet run -c Release --project bench -- cluster [--count 100000]   (the full run: --count 1000000)
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
    case "cluster":
        return ClusterBench.Run(int.Parse(Arg("--count") ?? "100000", System.Globalization.CultureInfo.InvariantCulture));
    default:
        Console.Error.WriteLine("bench: commands are 'ingest [--counts a,b,c] [--work DIR]' and 'generate --count N --out DIR'");
        return 2;
}
