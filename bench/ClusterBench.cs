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

    /// <summary>
    /// Generates Indonesian-like news in publication order: about 57,000 articles a day; events of
    /// 1 to ~40 articles (geometric, mean about 4) over one or two days, each with its own names,
    /// place, numbers and topic words drawn from a Zipf vocabulary of 30,000 words; 150 to 400
    /// words in 4 to 7 paragraphs; 3 % syndicated copies with two words changed.
    /// </summary>
    private sealed class ArticleStream(int seed)
    {
        private const int PerDay = 57_000;
        private static readonly string[] Syllables = ["ba", "ka", "ma", "sa", "ta", "ra", "la", "na", "pa", "da", "ga", "ja", "wa", "ha", "ya", "be", "ke", "me", "se", "te", "ri", "li", "ni", "pi", "di", "gi", "ju", "mu", "su", "tu", "ru", "lu", "nu", "pu", "du", "ngo", "kan", "an", "ang", "ung", "in", "ar", "er"];
        private static readonly string[] Function = ["yang", "di", "dan", "itu", "dengan", "untuk", "pada", "dari", "ini", "dalam", "akan", "tidak", "juga", "ke", "karena", "oleh", "sudah", "saat", "kata", "menurut"];
        private static readonly string[] Weekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
        private readonly Random _r = new(seed);
        private readonly string[] _vocabulary = BuildVocabulary(new Random(seed + 1), 30_000);
        private readonly double[] _zipf = Cumulative(30_000);

        public IEnumerable<Article> Generate(int count)
        {
            var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
            var open = new List<Event>();
            var recent = new List<Article>();
            for (var i = 0; i < count; i++)
            {
                var published = start.AddSeconds(i * 86_400.0 / PerDay);
                open.RemoveAll(e => e.Remaining <= 0 || (published - e.Start).TotalDays > 2);
                if (recent.Count > 0 && _r.NextDouble() < 0.03)
                {
                    yield return Copy(recent[_r.Next(recent.Count)], published, i);
                    continue;
                }

                // A new event about one time in four; otherwise another report of an open event.
                Event ev;
                if (open.Count == 0 || _r.NextDouble() < 0.25)
                {
                    ev = NewEvent(published);
                    open.Add(ev);
                }
                else
                {
                    ev = open[_r.Next(open.Count)];
                }

                ev.Remaining--;
                var article = Write(ev, published, i);
                if (recent.Count < 2_000)
                {
                    recent.Add(article);
                }
                else
                {
                    recent[_r.Next(recent.Count)] = article;
                }

                yield return article;
            }
        }

        private Event NewEvent(DateTimeOffset when)
        {
            var size = 1 + (int)Math.Min(40, -Math.Log(1 - _r.NextDouble()) * 3);
            string Name() => Capitalise(_vocabulary[_r.Next(5_000, 30_000)]);
            return new Event(
                when,
                Enumerable.Range(0, 12).Select(_ => _vocabulary[_r.Next(1_000, 30_000)]).ToArray(),
                Enumerable.Range(0, 4).Select(_ => Name() + " " + Name()).ToArray(),
                Name(),
                Enumerable.Range(0, 3).Select(_ => _r.Next(100, 99_999).ToString("N0", CultureInfo.GetCultureInfo("id-ID"))).ToArray())
            { Remaining = size };
        }

        private Article Write(Event ev, DateTimeOffset published, int i)
        {
            var paragraphs = new List<string>();
            var words = _r.Next(150, 400);
            var perParagraph = words / _r.Next(4, 8);
            var date = ev.Start;
            var first = true;
            while (words > 0)
            {
                var sb = new StringBuilder();
                if (first)
                {
                    sb.Append(ev.Place.ToUpperInvariant()).Append(" — ");
                }

                for (var w = 0; w < perParagraph && words > 0; w++, words--)
                {
                    var roll = _r.NextDouble();
                    sb.Append(roll < 0.35 ? Function[_r.Next(Function.Length)]
                        : roll < 0.55 ? ev.Topic[_r.Next(ev.Topic.Length)]
                        : roll < 0.60 ? ev.Names[_r.Next(ev.Names.Length)]
                        : roll < 0.62 ? ev.Numbers[_r.Next(ev.Numbers.Length)]
                        : roll < 0.63 ? ev.Place
                        : _vocabulary[Zipf()]);
                    sb.Append(w % 12 == 11 ? ". " : " ");
                }

                if (first)
                {
                    sb.Append(string.Create(CultureInfo.InvariantCulture, $"pada {Weekdays[(int)date.DayOfWeek]} ({date.Day}/{date.Month}/{date.Year})."));
                }

                paragraphs.Add(sb.ToString().Trim());
                first = false;
            }

            var title = Capitalise(ev.Topic[0]) + " " + ev.Place + " " + Capitalise(ev.Topic[_r.Next(ev.Topic.Length)]) + " " + ev.Names[0];
            return Make(title, paragraphs, published, i);
        }

        private Article Copy(Article original, DateTimeOffset published, int i)
        {
            var words = original.Body.Split(' ');
            for (var k = 0; k < 2; k++)
            {
                words[_r.Next(words.Length)] = _vocabulary[Zipf()];
            }

            return Make("Salinan: " + original.Title, string.Join(' ', words).Split("\n\n"), published, i);
        }

        private static Article Make(string title, IEnumerable<string> paragraphs, DateTimeOffset published, int i)
        {
            var (body, spans) = ArticleAssembler.Join(paragraphs.Select(p => (p, ParagraphKind.Text)));
            var hash = ArticleAssembler.ContentHash(body);
            var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"https://bench{i % 300}.id/berita/{i}"));
            return new Article
            {
                Id = ArticleId.For(url, hash),
                CanonicalUrl = url,
                Title = title,
                Body = body,
                Paragraphs = spans,
                ContentHash = hash,
                Published = new DateValue(published, true, true),
            };
        }

        private int Zipf()
        {
            var x = _r.NextDouble() * _zipf[^1];
            var i = Array.BinarySearch(_zipf, x);
            return Math.Min(_zipf.Length - 1, i < 0 ? ~i : i);
        }

        private static double[] Cumulative(int n)
        {
            var c = new double[n];
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += 1.0 / (i + 1);
                c[i] = sum;
            }

            return c;
        }

        private static string[] BuildVocabulary(Random r, int n)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            while (set.Count < n)
            {
                var w = string.Concat(Enumerable.Range(0, r.Next(2, 5)).Select(_ => Syllables[r.Next(Syllables.Length)]));
                if (w.Length >= 4)
                {
                    set.Add(w);
                }
            }

            return set.ToArray();
        }

        private static string Capitalise(string w) => char.ToUpperInvariant(w[0]) + w[1..];

        private sealed record Event(DateTimeOffset Start, string[] Topic, string[] Names, string Place, string[] Numbers)
        {
            public int Remaining { get; set; }
        }
    }
}
