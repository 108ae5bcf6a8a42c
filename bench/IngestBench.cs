using System.Diagnostics;
using System.Globalization;
using Liputan.Storage.Sqlite;
using Liputan.Workflows;

namespace Liputan.Bench;

/// <summary>Ingest throughput (pages/s) and peak memory over generated corpora of growing size.</summary>
internal static class IngestBench
{
    public static int Run(int[] counts, string? work)
    {
        var root = work ?? Path.Combine(Path.GetTempPath(), "liputan-bench");
        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine("pages\tgenerate_s\tingest_s\tpages_per_s\tgroup_s\tpeak_ws_mb\tstore_mb");
        var lines = new List<string>();
        foreach (var count in counts)
        {
            var dir = Path.Combine(root, count.ToString(CultureInfo.InvariantCulture));
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }

            var watch = Stopwatch.StartNew();
            new PageGenerator().WriteCorpus(Path.Combine(dir, "pages"), count);
            var generate = watch.Elapsed.TotalSeconds;
            var db = Path.Combine(dir, "bench.db");
            watch.Restart();
            IngestReport report;
            double group;
            using (var store = SqliteStore.Open(db))
            {
                report = new IngestWorkflow(store, new IngestOptions(BatchSize: 256)).Run([Path.Combine(dir, "pages")]);
                var ingest = watch.Elapsed.TotalSeconds;
                watch.Restart();
                new GroupingWorkflow(store).Rebuild();
                group = watch.Elapsed.TotalSeconds;
                watch.Restart();
                var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
                var size = new FileInfo(db).Length / (1024.0 * 1024);
                var line = string.Create(CultureInfo.InvariantCulture, $"{count}\t{generate:0.0}\t{ingest:0.0}\t{count / ingest:0}\t{group:0.0}\t{peak:0}\t{size:0}");
                Console.WriteLine(line);
                lines.Add(line);
            }

            Directory.Delete(Path.Combine(dir, "pages"), true);
        }

        var outDir = Path.Combine("bench", "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllLines(Path.Combine(outDir, "ingest.tsv"), [$"# {Machine.Describe()}", .. lines]);
        return 0;
    }
}
