using Liputan.Bench;

// Whole-run benchmarks, printed with the machine they ran on. Outputs go to bench/out/ (git-ignored).
//   dotnet run -c Release --project bench -- ingest [--counts 1000,10000,100000]
//   dotnet run -c Release --project bench -- generate --count N --out DIR
//   dotnet run -c Release --project bench -- extract [--shared DIR] [--rounds N]
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
    case "extract":
        var shared = Arg("--shared") ?? Environment.GetEnvironmentVariable("LIPUTAN_SHARED") ?? Path.Combine("..", "shared");
        return ExtractBench.Run(shared, int.Parse(Arg("--rounds") ?? "2", System.Globalization.CultureInfo.InvariantCulture));
    default:
        Console.Error.WriteLine("bench: commands are 'ingest [--counts a,b,c] [--work DIR]' and 'generate --count N --out DIR', 'extract [--shared DIR] [--rounds N]'");
        return 2;
}
