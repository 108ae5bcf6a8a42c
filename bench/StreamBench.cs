using System.Diagnostics;
using System.Globalization;
using System.Text;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Storage.Sqlite;
using Liputan.Workflows;

namespace Liputan.Bench;

/// <summary>
/// End to end over a generated stream of text pages: extraction (on all cores), the store (one
/// transaction a batch, full-text index included) and the online grouping of each batch in that
/// transaction (duplicates, features, events, stories, the persisted state). Reports throughput per 10,000 articles across the run, peak memory and store size.
///   dotnet run -c Release --project bench -- stream --count 100000 [--batch 1000] [--work DIR] [--resume N]
/// With --resume N the store of an earlier run (its first N pages) is kept and the stream goes on
/// from page N: what a later, small ingest run costs on a grown archive.
/// </summary>
internal static class StreamBench
{
    private const int Window = 10_000;

    public static int Run(int count, int batchSize, string? work, int resume = 0)
    {
        var dir = work ?? Path.Combine(Path.GetTempPath(), "liputan-stream");
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, "stream.db");
        foreach (var f in resume > 0 ? [] : new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }

        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine($"stream: {count} generated text pages, extract + store + online grouping per batch of {batchSize}, windows of {Window}; store {db}");
        var generator = new ArticleStream(seed: 20251122);
        var process = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        var window = Stopwatch.StartNew();
        var cpuAtWindow = process.TotalProcessorTime;
        long generateTicks = 0, extractTicks = 0, prepareTicks = 0, storeTicks = 0, groupTicks = 0;
        // Thread CPU of the two sequential parts (the batch's grouping; the store thread's own work,
        // waits excluded): unlike their wall time, these do not move with what else the machine runs.
        double groupCpu = 0, storeCpu = 0;
        var copies = 0;
        var failed = 0;
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        var cpuRates = new List<double>();
        var rates = new List<double>();
        var done = 0;
        var stored = 0;
        var linkedAtWindow = TimeSpan.Zero;
        var peakHeap = 0L;
        var fetched = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var store = SqliteStore.Open(db);
        using var background = new Pipeline.BackgroundScheduler();
        var opening = Stopwatch.StartNew();
        var online = new OnlineGrouping(store);
        if (resume > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resumed the online state of {store.CountArticles()} stored articles in {opening.Elapsed.TotalSeconds:0.000} s; going on from page {resume}"));
        }

        using var pages = generator.Generate(count).Select((a, i) => (a, i)).Skip(resume).Select(x => ArticleStream.Page(x.a, x.i)).GetEnumerator();
        var produced = resume;

        // As ingest does: the next batch is generated, extracted and prepared for the grouping on
        // all cores while the current one is stored and assigned on one thread.
        (Article[] Articles, PreparedArticle[] Prepared, int Pages)? Produce()
        {
            var t0 = Stopwatch.GetTimestamp();
            var batch = new List<string>(batchSize);
            while (batch.Count < batchSize && pages.MoveNext())
            {
                batch.Add(pages.Current);
            }

            if (batch.Count == 0)
            {
                return null;
            }

            var t1 = Stopwatch.GetTimestamp();
            generateTicks += t1 - t0;
            var articles = new Article?[batch.Count];
            var prepared = new PreparedArticle?[batch.Count];
            var first = produced;
            produced += batch.Count;
            Parallel.For(0, batch.Count, new ParallelOptions { TaskScheduler = background }, k =>
            {
                var raw = new RawDocument(Encoding.UTF8.GetBytes(batch[k]), string.Create(CultureInfo.InvariantCulture, $"stream/{first + k:D7}.txt"), null, fetched);
                var result = DocumentExtractor.Default.Extract(raw);
                articles[k] = result.Article;
                if (result.Success)
                {
                    var t = Stopwatch.GetTimestamp();
                    prepared[k] = online.Prepare(result.Article!);
                    Interlocked.Add(ref prepareTicks, Stopwatch.GetTimestamp() - t);
                }
                else
                {
                    lock (reasons)
                    {
                        reasons[result.FailureReason!] = reasons.GetValueOrDefault(result.FailureReason!) + 1;
                    }
                }
            });
            extractTicks += Stopwatch.GetTimestamp() - t1;
            failed += articles.Count(a => a is null);
            return ([.. articles.OfType<Article>()], [.. prepared.OfType<PreparedArticle>()], batch.Count);
        }

        var next = background.Run(Produce);
        while (next.Result is { } current)
        {
            next = background.Run(Produce);
            var t2 = Stopwatch.GetTimestamp();
            var s0 = StageBench.ThreadCpu();
            var outcomes = store.Ingest(current.Articles, inserted =>
            {
                var t = Stopwatch.GetTimestamp();
                var g0 = StageBench.ThreadCpu();
                var changes = online.Assign(inserted, current.Prepared);
                groupCpu += StageBench.ThreadCpu() - g0;
                groupTicks += Stopwatch.GetTimestamp() - t;
                copies += changes.Links.Count;
                return changes;
            });
            stored += outcomes.Count(o => o.Status == Storage.IngestStatus.Inserted);
            storeCpu += StageBench.ThreadCpu() - s0;
            storeTicks += Stopwatch.GetTimestamp() - t2;
            done += current.Pages;
            if (done % Window == 0 || done == count - resume)
            {
                var n = done % Window == 0 ? Window : done % Window;
                var seconds = window.Elapsed.TotalSeconds;
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var cpuSeconds = (cpu - cpuAtWindow).TotalSeconds;
                cpuAtWindow = cpu;
                var heap = GC.GetTotalMemory(false);
                peakHeap = Math.Max(peakHeap, heap);
                rates.Add(n / seconds);
                cpuRates.Add(n / Math.Max(0.001, cpuSeconds));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done,9} pages  {n / seconds,6:0} pages/s  {n / Math.Max(0.001, cpuSeconds),6:0} per CPU-s  CPU {cpuSeconds / seconds:0.00} cores  stored {stored,8}  working set {Environment.WorkingSet / 1048576.0,5:0} MiB  heap {heap / 1048576.0,5:0} MiB  store {StoreSize(db),6:0} MiB  stories linked {(online.Linking - linkedAtWindow).TotalMilliseconds * 1000 / n,5:0} µs a page (wall)  load {Machine.Load()}"));
                linkedAtWindow = online.Linking;
                window.Restart();
            }
        }

        // Each batch linked its own events into stories; the end only counts what the store holds.
        var publish = Stopwatch.StartNew();
        process.Refresh();
        var cpuAtEnd = process.TotalProcessorTime;
        var (eventCount, storyCount) = store.CountGroups();
        var publishSeconds = publish.Elapsed.TotalSeconds;
        process.Refresh();
        var publishCpu = (process.TotalProcessorTime - cpuAtEnd).TotalSeconds;
        double S(long ticks) => ticks / (double)Stopwatch.Frequency;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var wall = total.Elapsed.TotalSeconds;
        var cpuTotal = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time (the first three run ahead, beside the last two): generate {S(generateTicks):0.0} s (one thread, not Liputan), extract and prepare {S(extractTicks):0.0} s (all cores; preparing {S(prepareTicks):0.0} s of thread time), store with the online grouping beside it {S(storeTicks):0.0} s (the grouping alone {S(groupTicks):0.0} s; thread CPU: grouping {groupCpu * 1000 / Math.Max(1, stored):0.000} ms an article, store thread {storeCpu * 1000 / Math.Max(1, stored):0.000} ms; of it stories linked in the batches, wall, {online.Linking.TotalSeconds:0.0} s = {online.Linking.TotalMilliseconds * 1000 / Math.Max(1, stored):0.0} µs an article), stories linked at the end {publishSeconds:0.000} s ({publishCpu:0.000} CPU s)"));
        count -= resume;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stream: {count} pages in {wall:0.0} s = {count / wall:0} pages/s end to end, generator and linking included ({count / cpuTotal:0} per CPU-second; per-window min {rates.Min():0} / median {rates.Order().ElementAt(rates.Count / 2):0} / max {rates.Max():0}, per CPU-second median {cpuRates.Order().ElementAt(cpuRates.Count / 2):0}); peak working set {peak:0} MiB, peak heap {peakHeap / 1048576.0:0} MiB; store {StoreSize(db):0} MiB = {StoreSize(db) * 1024 / Math.Max(1, stored):0.0} KiB an article ({stored} articles, {failed} pages not extracted, {copies} near-duplicate copies, {eventCount} events, {storyCount} stories); load average {Machine.Load()}"));
        foreach (var (reason, n) in reasons.OrderByDescending(kv => kv.Value).Take(3))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"not extracted: {n} × {reason}"));
        }

        return 0;
    }

    private static double StoreSize(string db) =>
        new[] { db, db + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1048576.0;
}
