using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Liputan.Documents;
using Liputan.Extraction.Html;

namespace Liputan.Bench;

/// <summary>
/// HTML extraction speed: pages/s on one core over the trafilatura-eval pages (read and
/// gunzipped into memory first, so only decoding, parsing, metadata and content scoring are timed),
/// by the wall clock and by the process's CPU time.
/// </summary>
internal static class ExtractBench
{
    public static int Run(string shared, int rounds)
    {
        var dir = Path.Combine(shared, "data", "extraction", "trafilatura-eval", "pages");
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"bench: pages not found at '{dir}' (set --shared)");
            return 2;
        }

        var pages = Directory.GetFiles(dir, "*.html.gz").Order(StringComparer.Ordinal).Select(Read).ToArray();
        var bytes = pages.Sum(p => (long)p.Length);
        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine($"pages: {pages.Length}, {bytes / 1_048_576.0:0.0} MB uncompressed");
        var extractor = new HtmlExtractor();

        // Warm-up, not timed: one full pass, since the JIT's tiered recompilation of the hot paths
        // is still under way after a few dozen pages and would be timed as extraction.
        foreach (var p in pages)
        {
            extractor.Extract(new RawDocument(p, null, null, DateTimeOffset.UtcNow));
        }

        // Wall time on a shared machine counts other processes' turns too; the process's CPU time is
        // what one core spends on the pages (the loop is single-threaded; GC threads are included).
        Console.WriteLine("round\tpages\tseconds\tpages_per_s_per_core\tmb_per_s\tok\tpeak_ws_mb\tcpu_seconds\tpages_per_cpu_s");
        for (var r = 1; r <= rounds; r++)
        {
            var ok = 0;
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var p in pages)
            {
                if (extractor.Extract(new RawDocument(p, null, null, DateTimeOffset.UtcNow)).Success)
                {
                    ok++;
                }
            }

            var s = watch.Elapsed.TotalSeconds;
            var c = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r}\t{pages.Length}\t{s:0.00}\t{pages.Length / s:0.0}\t{bytes / 1_048_576.0 / s:0.0}\t{ok}\t{Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576}\t{c:0.00}\t{pages.Length / c:0.0}"));
        }

        return 0;
    }

    private static byte[] Read(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }
}
