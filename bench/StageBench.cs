using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Storage;
using Liputan.Storage.Sqlite;
using Liputan.Workflows;

namespace Liputan.Bench;

/// <summary>
/// The stream's stages one after another on one thread, each timed by the thread's own CPU clock:
/// what a page costs in each stage whatever else the shared machine runs (wall-clock rates there
/// say more about the other builds than about the code). Same pages, store and grouping as the
/// stream bench; the pipelined run spreads these costs over the cores.
///   dotnet run -c Release --project bench -- stages [--count 20000] [--batch 1000] [--work DIR]
/// </summary>
internal static class StageBench
{
    private const int Window = 50_000;

    public static int Run(int count, int batchSize, string? work)
    {
        var dir = work ?? Path.Combine(Path.GetTempPath(), "liputan-stages");
        Directory.CreateDirectory(dir);
        var db = Path.Combine(dir, "stages.db");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }

        Console.WriteLine($"machine: {Machine.Describe()}; load average {Machine.Load()}");
        var fetched = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        using var store = SqliteStore.Open(db);
        var online = new OnlineGrouping(store);
        double extract = 0, prepare = 0, insert = 0, group = 0, save = 0;
        long terms = 0, events = 0, eventBytes = 0, postings = 0;
        var done = 0;
        var atWindow = (Extract: 0.0, Prepare: 0.0, Insert: 0.0, Group: 0.0, Save: 0.0, Done: 0);
        foreach (var chunk in new ArticleStream(seed: 20251122).Generate(count).Select((a, i) => ArticleStream.Page(a, i)).Chunk(batchSize))
        {
            var c0 = ThreadCpu();
            var articles = chunk.Select((p, i) => DocumentExtractor.Default.Extract(new RawDocument(Encoding.UTF8.GetBytes(p), string.Create(CultureInfo.InvariantCulture, $"stream/{done + i:D7}.txt"), null, fetched)).Article)
                .OfType<Article>().ToList();
            var c1 = ThreadCpu();
            var prepared = articles.Select(online.Prepare).ToList();
            var c2 = ThreadCpu();
            var outcomes = store.Ingest(articles);
            var c3 = ThreadCpu();
            var changes = online.Assign([.. articles.Where((_, i) => outcomes[i].Status == IngestStatus.Inserted)], prepared);
            var c4 = ThreadCpu();
            store.SaveOnline(changes);
            var c5 = ThreadCpu();
            (extract, prepare, insert, group, save) = (extract + c1 - c0, prepare + c2 - c1, insert + c3 - c2, group + c4 - c3, save + c5 - c4);
            terms += changes.Events.Terms.Count;
            events += changes.Events.Clusters.Count;
            eventBytes += changes.Events.Clusters.Sum(c => (long)c.Body.Length + c.Title.Length + c.Entities.Length);
            postings += changes.Events.Postings.Count;
            done += chunk.Length;
            if (done % Window < batchSize)
            {
                // What each stage costs in this window: the stages that grow with the archive show here.
                var w = (extract - atWindow.Extract, prepare - atWindow.Prepare, insert - atWindow.Insert, group - atWindow.Group, save - atWindow.Save);
                var n = (double)(done - atWindow.Done);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done,9} pages  CPU ms a page: extract {w.Item1 * 1000 / n:0.000}  prepare {w.Item2 * 1000 / n:0.000}  store {w.Item3 * 1000 / n:0.000}  assign {w.Item4 * 1000 / n:0.000}  state {w.Item5 * 1000 / n:0.000}"));
                atWindow = (extract, prepare, insert, group, save, done);
            }
        }

        var p0 = ThreadCpu();
        store.CountGroups();
        var publish = ThreadCpu() - p0;
        double Ms(double seconds) => seconds * 1000 / count;
        var perPage = Ms(extract + prepare + insert + group + save);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages: {count} pages, CPU ms a page: extract {Ms(extract):0.000}, prepare (features, signature) {Ms(prepare):0.000}, store the articles {Ms(insert):0.000}, assign {Ms(group):0.000} (of it stories linked, wall, {online.Linking.TotalMilliseconds / count:0.000}), store the online state {Ms(save):0.000}; total {perPage:0.000} (= {1000 / perPage:0} pages per CPU-second); stories linked at the end {publish:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"online state written a page: {terms / (double)count:0.0} terms, {events / (double)count:0.00} events ({eventBytes / (double)count:0} bytes of centroids), {postings / (double)count:0.0} posting lists, 1 signature"));
        return 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // CLOCK_THREAD_CPUTIME_ID: this thread's CPU time, not the wall clock (Linux).
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    internal static double ThreadCpu() =>
        ClockGetTime(3, out var t) == 0 ? t.Seconds + (t.Nanoseconds / 1e9) : throw new PlatformNotSupportedException("the thread CPU clock needs clock_gettime (Linux)");
}
