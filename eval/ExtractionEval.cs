using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Extraction.Html;

namespace Liputan.Eval;

/// <summary>
/// HTML extraction on two public benchmarks (data in ../shared, never copied into the repo).
/// <para>
/// Body, on trafilatura-eval: exactly upstream's <c>tests/eval_common.py</c>. The extracted
/// body and every segment are whitespace-normalised (runs of white space → one space, trimmed);
/// a <c>with</c> segment found as a substring is a TP, not found a FN; a <c>without</c> segment
/// found is a FP, not found a TN; a failed extraction counts every <c>with</c> as FN and every
/// <c>without</c> as TN. Counts are summed over all 990 pages (micro-average), then
/// precision = tp/(tp+fp), recall = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn).
/// </para>
/// <para>
/// Metadata on the same pages, each over the pages annotated with it (a failed extraction is a
/// miss): title equal after whitespace normalisation; author equal as a string to the expected
/// one, authors joined with "; " (as upstream's <c>tests/eval_authors.py</c> compares
/// <c>bare_extraction().author</c>); date equal at day precision (yyyy-MM-dd of the published
/// date in the page's own offset).
/// </para>
/// <para>
/// Publication date on htmldate-eval: upstream's <c>tests/evaluation.py</c>: the metadata
/// reader's published date as yyyy-MM-dd, compared exactly with the expected one; no date is
/// a FN, any other date (also on the 5 pages whose expected date is null) a FP; accuracy =
/// (tp+tn)/all, with tn always 0 here.
/// </para>
/// <para>
/// Neither set has a split upstream, so each is split here by a stable hash of the file name
/// (<see cref="IsTest"/>): about half the pages are dev (for looking at errors and tuning),
/// half test (reported, never inspected). Each metric is printed over all pages (the figure
/// comparable with upstream's published ones) and over each half (<c>.dev</c>, <c>.test</c>).
/// </para>
/// Pages are read in parallel over the machine's cores. <c>LIPUTAN_EVAL_DUMP=dir</c> writes the
/// misses of the dev pages only, for inspection.
/// </summary>
internal static partial class ExtractionEval
{
    private sealed record Entry(string File, string Path, string? Url, string[] With, string[] Without, string? Title, string? Author, string? Date);

    private sealed record DateEntry(string File, string Path, string? Url, string? Date);

    public static void Run(string shared, Report report)
    {
        var dump = Environment.GetEnvironmentVariable("LIPUTAN_EVAL_DUMP");
        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
        }

        Trafilatura(Path.Combine(shared, "data", "extraction", "trafilatura-eval"), report, dump);
        HtmlDate(Path.Combine(shared, "data", "dates", "htmldate-eval"), report, dump);
    }

    private static void Trafilatura(string dir, Report report, string? dump)
    {
        var entries = Load(Path.Combine(dir, "annotations.json")).Select(e => new Entry(
            Str(e, "file")!, Str(e, "path")!, Str(e, "url"), Arr(e, "with"), Arr(e, "without"), Str(e, "title"), Str(e, "author"), Str(e, "date"))).ToArray();
        var results = new (int Tp, int Fp, int Fn, int Tn, bool? Title, bool? Author, bool? Date, string Log, bool Test)[entries.Length];
        var extractor = new HtmlExtractor();
        Parallel.For(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var e = entries[i];
            var bytes = ReadGz(Path.Combine(dir, e.Path));
            Uri.TryCreate(e.Url, UriKind.Absolute, out var url);
            var r = extractor.Extract(new RawDocument(bytes, e.File, url, DateTimeOffset.UtcNow));
            var a = r.Article;
            var text = a is null ? null : Norm(a.Body);
            int tp = 0, fp = 0, fn = 0, tn = 0;
            var log = new System.Text.StringBuilder();
            foreach (var w in e.With)
            {
                if (text is not null && text.Contains(Norm(w), StringComparison.Ordinal))
                {
                    tp++;
                }
                else
                {
                    fn++;
                    log.Append("  FN ").AppendLine(w);
                }
            }

            foreach (var w in e.Without)
            {
                if (text is not null && text.Contains(Norm(w), StringComparison.Ordinal))
                {
                    fp++;
                    log.Append("  FP ").AppendLine(w);
                }
                else
                {
                    tn++;
                }
            }

            bool? title = e.Title is null ? null : a?.Title is { } t && Norm(t) == Norm(e.Title);
            bool? author = e.Author is null ? null : a is not null && string.Join("; ", a.Authors) == e.Author;
            bool? date = e.Date is null ? null : a?.Published is { } d && Day(d) == e.Date;
            if (title == false)
            {
                log.Append("  TITLE ").Append(a?.Title).Append(" <> ").AppendLine(e.Title);
            }

            if (author == false)
            {
                log.Append("  AUTHOR ").Append(a is null ? null : string.Join("; ", a.Authors)).Append(" <> ").AppendLine(e.Author);
            }

            if (date == false)
            {
                log.Append("  DATE ").Append(a?.Published is { } pd ? Day(pd) : null).Append(" <> ").AppendLine(e.Date);
            }

            if (a is null)
            {
                log.Append("  FAIL ").AppendLine(r.FailureReason);
            }

            results[i] = (tp, fp, fn, tn, title, author, date, log.Length > 0 ? e.File + "\n" + log : string.Empty, IsTest(e.File));
        });

        foreach (var (suffix, part) in Splits(results, x => x.Test))
        {
            int tpS = part.Sum(x => x.Tp), fpS = part.Sum(x => x.Fp), fnS = part.Sum(x => x.Fn);
            report.Metric("extraction.body.precision" + suffix, tpS / (double)(tpS + fpS));
            report.Metric("extraction.body.recall" + suffix, tpS / (double)(tpS + fnS));
            report.Metric("extraction.body.f1" + suffix, 2.0 * tpS / (2.0 * tpS + fpS + fnS));
            report.Metric("extraction.title.accuracy" + suffix, Share(part.Select(x => x.Title)));
            report.Metric("extraction.author.accuracy" + suffix, Share(part.Select(x => x.Author)));
            report.Metric("extraction.date.accuracy" + suffix, Share(part.Select(x => x.Date)));
        }

        if (dump is not null)
        {
            File.WriteAllLines(Path.Combine(dump, "trafilatura.txt"), results.Where(x => x.Log.Length > 0 && !x.Test).Select(x => x.Log));
        }
    }

    private static void HtmlDate(string dir, Report report, string? dump)
    {
        var entries = Load(Path.Combine(dir, "annotations.json")).Select(e => new DateEntry(Str(e, "file")!, Str(e, "path")!, Str(e, "url"), Str(e, "date"))).ToArray();
        var correct = new bool[entries.Length];
        var logs = new ConcurrentBag<string>();
        var test = entries.Select(e => IsTest(e.File)).ToArray();
        Parallel.For(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var e = entries[i];
            var bytes = ReadGz(Path.Combine(dir, e.Path));
            Uri.TryCreate(e.Url, UriKind.Absolute, out var url);
            var html = HtmlExtractor.Decode(bytes, null, out _);
            var found = html is null ? null : HtmlExtractor.ReadMetadata(html, url, DateTimeOffset.UtcNow).Published;
            var got = found is null ? null : Day(found);
            correct[i] = got is not null && got == e.Date;
            if (!correct[i] && !test[i])
            {
                logs.Add($"{e.File} {e.Url}\n  DATE {got} <> {e.Date}");
            }
        });

        foreach (var (suffix, part) in Splits(Enumerable.Range(0, entries.Length).ToArray(), i => test[i]))
        {
            report.Metric("dates.htmldate.accuracy" + suffix, part.Count(i => correct[i]) / (double)part.Count);
        }

        if (dump is not null)
        {
            File.WriteAllLines(Path.Combine(dump, "htmldate.txt"), logs.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>The held-out half: pages whose file name hashes odd (xxHash64 of its UTF-16 text).</summary>
    internal static bool IsTest(string file) => (XxHash64.Hash(file.AsSpan()) & 1) == 1;

    private static IEnumerable<(string Suffix, List<T> Part)> Splits<T>(IReadOnlyList<T> all, Func<T, bool> isTest)
    {
        yield return (string.Empty, all.ToList());
        yield return (".dev", all.Where(x => !isTest(x)).ToList());
        yield return (".test", all.Where(isTest).ToList());
    }

    private static string Day(DateValue d) => d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Share(IEnumerable<bool?> xs)
    {
        var scored = xs.Where(x => x is not null).ToList();
        return scored.Count == 0 ? 0 : scored.Count(x => x == true) / (double)scored.Count;
    }

    /// <summary>Upstream's norm(): every run of white space → one space, trimmed.</summary>
    private static string Norm(string s) => Spaces().Replace(s, " ").Trim();

    private static byte[] ReadGz(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    private static JsonElement[] Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string[] Arr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray() : [];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
