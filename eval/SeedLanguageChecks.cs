using System.Globalization;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Language.Quantities;
using Liputan.Language.Quotes;
using Liputan.Language.Times;

namespace Liputan.Eval;

/// <summary>
/// The language items of shared/seeds/EXPECTED.md: quotes with speakers (section 4), timeline
/// dates (section 6) and quantities (section 5). Rows are read from EXPECTED.md itself; the
/// quantity values are restated here (they are prose in the file).
/// </summary>
internal static class SeedLanguageChecks
{
    public static void Run(string shared, Report report)
    {
        var seeds = Path.Combine(shared, "seeds");
        var expected = File.ReadAllLines(Path.Combine(seeds, "EXPECTED.md"));
        var articles = new Dictionary<string, Article>();
        foreach (var f in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var r = DocumentExtractor.Default.Extract(new RawDocument(File.ReadAllBytes(f), f, null, DateTimeOffset.UnixEpoch));
            if (r.Success)
            {
                articles[Path.GetFileName(f)[..3]] = r.Article!;
            }
        }

        Quotes(Rows(expected, "## 4."), articles, report);
        Timeline(Rows(expected, "## 6."), articles, report);
        Quantities(Rows(expected, "## 5."), articles, report);
    }

    private static List<string[]> Rows(string[] lines, string section)
    {
        var rows = new List<string[]>();
        var inside = false;
        foreach (var l in lines)
        {
            if (l.StartsWith("## ", StringComparison.Ordinal))
            {
                inside = l.StartsWith(section, StringComparison.Ordinal);
                continue;
            }

            if (inside && l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| id", StringComparison.Ordinal))
            {
                rows.Add(l.Trim('|').Split('|').Select(c => c.Trim()).ToArray());
            }
        }

        return rows;
    }

    private static string Norm(string s) =>
        new string(s.Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).ToLowerInvariant();

    private static IEnumerable<string> Seeds(string cell) =>
        cell.Split(['/', ','], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length >= 3).Select(p => p[..3]).Distinct();

    private static void Quotes(List<string[]> rows, Dictionary<string, Article> articles, Report report)
    {
        int pass = 0, total = 0;
        foreach (var r in rows)
        {
            var id = r[0];
            var seed = r[1][..3];
            var speaker = r[3];
            var start = Norm(r[5].Split('…')[0]);
            start = string.Join(' ', start.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));
            total++;
            if (!articles.TryGetValue(seed, out var a))
            {
                Report.Item(false, id, $"seed {seed} not extracted");
                continue;
            }

            var body = a.Body;
            var quotes = QuoteExtractor.Default.Extract(body);
            var found = quotes.FirstOrDefault(q => Norm(q.Span.TextOf(body)).Contains(start, StringComparison.Ordinal));
            var named = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 2 and <= 3 && char.IsUpper(speaker[0]) && !speaker.Contains('(', StringComparison.Ordinal);
            var surname = speaker.Split(' ')[^1];
            var who = found?.Speaker?.Name?.TextOf(body) ?? found?.Speaker?.Mention.TextOf(body);
            var ok = found is not null && (named ? who?.Contains(surname, StringComparison.OrdinalIgnoreCase) == true : found.Speaker is not null);
            if (ok)
            {
                pass++;
            }

            Report.Item(ok, id, found is null ? $"quote '{start} …' not found" : $"quote found, speaker '{who ?? "-"}' (expected {speaker})");
        }

        report.Metric("seeds.quotes.found", total == 0 ? 0 : (double)pass / total);
    }

    private static void Timeline(List<string[]> rows, Dictionary<string, Article> articles, Report report)
    {
        int pass = 0, total = 0;
        foreach (var r in rows)
        {
            var id = r[0];
            var value = r[3].Split(' ')[0];
            var variants = r[2].Split(" / ").Select(v => v.Split('(')[0].Trim().Length > 2 ? v.Trim() : v.Trim()).ToArray();
            total++;
            var ok = false;
            var got = new List<string>();
            foreach (var seed in Seeds(r[1]))
            {
                if (!articles.TryGetValue(seed, out var a))
                {
                    continue;
                }

                DateOnly? published = a.Published is { } p ? DateOnly.FromDateTime(p.Value.DateTime) : null;
                var times = TimeExpressionFinder.Find(a.Body, published);
                var hits = times.Where(t => variants.Any(v => Norm(v).Contains(Norm(t.Span.TextOf(a.Body)), StringComparison.Ordinal) || Norm(t.Span.TextOf(a.Body)).Contains(Norm(v), StringComparison.Ordinal))).ToList();
                got.AddRange(hits.Select(h => $"{seed}:{h.Value}"));
                ok |= hits.Any(h => h.Value == value);
            }

            if (ok)
            {
                pass++;
            }

            Report.Item(ok, id, $"{r[2]} → expected {value}, got {(got.Count == 0 ? "nothing" : string.Join(", ", got.Distinct()))}");
        }

        report.Metric("seeds.timeline.normalised", total == 0 ? 0 : (double)pass / total);
    }

    // Values of section 5 (min, max, unit), restated from its prose column.
    private static readonly Dictionary<string, (double Min, double Max, string Unit)> QuantityValues = new()
    {
        ["N1"] = (50, 50, "minute"),
        ["N2"] = (1, 1, "hour"),
        ["N3"] = (2, 2, "hour"),
        ["N4"] = (60_000, 90_000, "tentara"),
        ["N5"] = (10_000, 10_000, "tentara|pasukan"),
        ["N6"] = (10_000, 99_000, "pasukan"),
        ["N7"] = (175_000, 175_000, "tentara"),
        ["N8"] = (30, 30, "negara"),
        ["N9"] = (2, 2, "month"),
        ["N10"] = (3, 3, "pembicaraan"),
    };

    private static void Quantities(List<string[]> rows, Dictionary<string, Article> articles, Report report)
    {
        int pass = 0, total = 0;
        foreach (var r in rows)
        {
            var id = r[0];
            if (!QuantityValues.TryGetValue(id, out var want))
            {
                continue;
            }

            total++;
            var ok = false;
            var got = new List<string>();
            foreach (var seed in Seeds(r[1]))
            {
                if (!articles.TryGetValue(seed, out var a))
                {
                    continue;
                }

                foreach (var q in QuantityFinder.Find(a.Body, a.Language))
                {
                    if (Math.Abs(q.Min - want.Min) < 1e-6 && Math.Abs(q.Max - want.Max) < 1e-6)
                    {
                        got.Add($"{q.Span.TextOf(a.Body)}={q.Min.ToString(CultureInfo.InvariantCulture)}..{q.Max.ToString(CultureInfo.InvariantCulture)} {q.Unit}");
                        ok |= q.Unit is { } u && want.Unit.Split('|').Any(w => u.StartsWith(w, StringComparison.Ordinal));
                    }
                }
            }

            if (ok)
            {
                pass++;
            }

            Report.Item(ok, id, $"{r[2]} → {(got.Count == 0 ? "nothing" : string.Join("; ", got.Distinct()))}");
        }

        report.Metric("seeds.quantities.parsed", total == 0 ? 0 : (double)pass / total);
    }
}
