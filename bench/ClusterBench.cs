using System.Diagnostics;
using System.Globalization;
using System.Text;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Stories.Duplicates;
using Liputan.Stories.Events;

namespace Liputan.Bench;

/// <summary>
/// Streaming story detection over a generated corpus: near-duplicate detection (MinHash/LSH),
/// features (terms, names, numbers, event date) and online event clustering, one article at a
/// time in publication order. Reports throughput per 10,000 articles across the whole run, the
/// peak working set, and the events found.
///   dotnet run -c Release --project bench -- cluster --count 100000
///   dotnet run -c Release --project bench -- cluster --count 1000000
/// </summary>
internal static class ClusterBench
{
    private const int Window = 10_000;
    private const int Batch = 1_000;

    public static int Run(int count)
    {
        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine($"cluster: {count} generated articles, streaming (duplicates + features + online events), windows of {Window}");
        var generator = new ArticleStream(seed: 20251122);
        var duplicates = new DuplicateDetector();
        var finished = 0L;
        // Events that aged out leave memory (a store would keep them): the run's memory stays flat.
        var clusterer = new OnlineEventClusterer(null, _ => finished++);
        var total = Stopwatch.StartNew();
        var window = Stopwatch.StartNew();
        var process = Process.GetCurrentProcess();
        var cpuAtWindow = process.TotalProcessorTime;
        var copies = 0;
        var rates = new List<double>();
        var cpuRates = new List<double>();
        var peakHeap = 0L;
        long parallelTicks = 0, duplicateTicks = 0, clusterTicks = 0;
        var i = 0;
        // Signatures and features (pure, per article) on all cores a batch at a time; the
        // duplicate check and the clustering, which read and grow shared state, in stream order.
        foreach (var batch in generator.Generate(count).Chunk(Batch))
        {
            var t0 = Stopwatch.GetTimestamp();
            var signatures = new ulong[batch.Length][];
            var features = new ArticleFeatures[batch.Length];
            Parallel.For(0, batch.Length, k =>
            {
                signatures[k] = duplicates.Signature(batch[k].Body);
                features[k] = ArticleFeatures.Of(batch[k]);
            });
            var t1 = Stopwatch.GetTimestamp();
            parallelTicks += t1 - t0;
            for (var k = 0; k < batch.Length; k++)
            {
                var t2 = Stopwatch.GetTimestamp();
                var copy = duplicates.Add(batch[k].Id, signatures[k]) is not null;
                var t3 = Stopwatch.GetTimestamp();
                duplicateTicks += t3 - t2;
                if (copy)
                {
                    copies++;
                }
                else
                {
                    clusterer.Add(features[k]);
                    clusterTicks += Stopwatch.GetTimestamp() - t3;
                }

                i++;
                if (i % Window == 0 || i == count)
                {
                    var n = i % Window == 0 ? Window : i % Window;
                    var rate = n / window.Elapsed.TotalSeconds;
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    var cpuRate = n / Math.Max(0.001, (cpu - cpuAtWindow).TotalSeconds);
                    cpuAtWindow = cpu;
                    rates.Add(rate);
                    cpuRates.Add(cpuRate);
                    var heap = GC.GetTotalMemory(false);
                    peakHeap = Math.Max(peakHeap, heap);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i,9} articles  {rate,6:0} articles/s  {cpuRate,6:0} per CPU-s  events {clusterer.EventCount,7} (live {clusterer.LiveCount,6}, finished {finished,7})  copies {copies,6}  terms {clusterer.TermCount,7}  signatures {duplicates.Held,6}  working set {Environment.WorkingSet / 1048576.0,5:0} MiB  heap {heap / 1048576.0,5:0} MiB"));
                    window.Restart();
                }
            }
        }

        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per article (wall clock): signatures and features in parallel {Ms(parallelTicks):0.000} ms, duplicate check {Ms(duplicateTicks):0.000} ms, clustering {Ms(clusterTicks):0.000} ms; the generator (one thread) is the rest"));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cluster: {count} articles in {total.Elapsed.TotalSeconds:0.0} s = {count / total.Elapsed.TotalSeconds:0} articles/s; per-window min {rates.Min():0} / median {rates.Order().ElementAt(rates.Count / 2):0} / max {rates.Max():0}; per CPU-second median {cpuRates.Order().ElementAt(cpuRates.Count / 2):0}; peak working set {peak:0} MiB, peak heap {peakHeap / 1048576.0:0} MiB; {clusterer.EventCount} events, {copies} copies"));
        return 0;
    }
}
