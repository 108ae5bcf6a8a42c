using System.Globalization;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Workflows;

namespace Liputan.Eval;

/// <summary>The checks of shared/seeds/EXPECTED.md: grouping, metadata, chrome.</summary>
internal static class SeedChecks
{
    public static void Run(string shared, Report report)
    {
        var seeds = Path.Combine(shared, "seeds");
        var expected = File.ReadAllText(Path.Combine(seeds, "EXPECTED.md"));
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var articles = new Dictionary<string, Article>();
        foreach (var f in files)
        {
            var seed = Path.GetFileName(f)[..3];
            var result = DocumentExtractor.Default.Extract(new RawDocument(File.ReadAllBytes(f), f, null, DateTimeOffset.UnixEpoch));
            if (result.Success)
            {
                articles[seed] = result.Article!;
            }
            else
            {
                Report.Item(false, $"extract {seed}", result.FailureReason!);
            }
        }

        Grouping(files, report);
        Metadata(expected, articles, report);
        Chrome(expected, files, articles, report);
    }

    private static void Grouping(string[] files, Report report)
    {
        Dictionary<string, (string Event, string Story)> of = [];
        using (var temp = new TempStore("seeds"))
        {
            new IngestWorkflow(temp.Store).Run(files);
            var grouping = new GroupingWorkflow(temp.Store).Rebuild();
            var byArticle = grouping.Events.SelectMany(e => e.Articles.Select(a => (a, e.Id, e.StoryId))).ToDictionary(x => x.a, x => (x.Id, x.StoryId));
            foreach (var a in temp.Store.Articles())
            {
                of[Path.GetFileName(a.Source!)[..3]] = byArticle[a.Id];
            }
        }

        var g1 = new[] { "000", "001", "002", "003" }.All(s => of.ContainsKey(s) && of[s].Event == of["000"].Event);
        var g2 = of.ContainsKey("004") && new[] { "000", "001", "002", "003" }.All(s => of.GetValueOrDefault(s).Event != of["004"].Event);
        var g3 = of.Count == 5 && of.Values.Select(v => v.Story).Distinct().Count() == 1;
        Report.Item(g1, "G1", "000-003 form one event");
        Report.Item(g2, "G2", "004 is its own event");
        Report.Item(g3, "G3", "both events belong to one story");
        Report.Item(g1, "G4", "001 joins G1 despite its 2024 page date");
        report.Metric("seeds.grouping.events", (g1 ? 0.5 : 0) + (g2 ? 0.5 : 0));
        report.Metric("seeds.grouping.story", g3 ? 1 : 0);
    }

    private static void Metadata(string expected, Dictionary<string, Article> articles, Report report)
    {
        var rows = MarkdownTable.Read(expected, "## 2. Metadata");
        int right = 0, total = 0;
        foreach (var r in rows)
        {
            var seed = r[0];
            articles.TryGetValue(seed, out var a);
            var checks = new (string Field, string Expected, string? Got, Func<string, string?, bool> Same)[]
            {
                ("outlet", r[1], a?.Outlet?.Name, SameText),
                ("domain", r[2], a?.Outlet?.Domain, SameText),
                ("title", r[3], a?.Title, SameText),
                ("authors", r[4], a is null || a.Authors.Count == 0 ? null : string.Join(", ", a.Authors), SameText),
                ("editor", r[5], a?.Editor, SameText),
                // M6: a date inferred from the text is not the page's own date.
                ("published", r[6], a?.Published is { Inferred: false } pd ? pd.ToIso() : null, SameDate),
                ("modified", r[7], a?.Modified?.ToIso(), SameDate),
                ("dateline", r[8], a?.Dateline, SameText),
            };
            foreach (var (field, exp, got, same) in checks)
            {
                var ok = same(exp, got);
                total++;
                right += ok ? 1 : 0;
                Report.Item(ok, $"M {seed} {field}", $"expected {exp}, got {got ?? "–"}");
            }
        }

        report.Metric("seeds.metadata.accuracy", total == 0 ? 0 : (double)right / total);
        var inferred = articles.GetValueOrDefault("002")?.Published;
        Report.Item(inferred is { Inferred: true } && inferred.ToIso() == "2021-12-31", "M6", $"002 publication inferred from its text and marked so: {inferred?.ToIso() ?? "–"} (inferred: {inferred?.Inferred})");
    }

    private static bool SameText(string expected, string? got)
    {
        if (expected == "–")
        {
            return got is null;
        }

        return got is not null && Fold(expected) == Fold(got);
    }

    private static bool SameDate(string expected, string? got)
    {
        if (expected == "–")
        {
            return got is null;
        }

        if (got is null)
        {
            return false;
        }

        if (!expected.Contains('T', StringComparison.Ordinal))
        {
            return got.StartsWith(expected, StringComparison.Ordinal);
        }

        return DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) &&
               DateTimeOffset.TryParse(got, CultureInfo.InvariantCulture, DateTimeStyles.None, out var g) &&
               e == g && e.Offset == g.Offset;
    }

    private static string Fold(string s) => TextNormalizer.FoldForComparison(s);

    // C1: listed chrome lines are absent from the body (a repeated line at most as often as the
    // page has it outside the chrome list). C2: every other non-empty line is in the body, in order.
    private static void Chrome(string expected, string[] files, Dictionary<string, Article> articles, Report report)
    {
        var chrome = new Dictionary<string, HashSet<int>>();
        var tails = new Dictionary<string, HashSet<int>>();
        foreach (var r in MarkdownTable.Read(expected, "## 3. Page chrome"))
        {
            var seed = r[0];
            foreach (var part in r[1].Split(',', StringSplitOptions.TrimEntries))
            {
                var isTail = part.Contains("(end)", StringComparison.Ordinal);
                var p = part.Replace("(end)", "", StringComparison.Ordinal).Trim();
                var range = p.Split(['–', '-'], StringSplitOptions.TrimEntries);
                var from = int.Parse(range[0], CultureInfo.InvariantCulture);
                var to = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : from;
                for (var n = from; n <= to; n++)
                {
                    (isTail ? tails : chrome).TryAdd(seed, []);
                    (isTail ? tails : chrome)[seed].Add(n);
                }
            }
        }

        // Title, URL and description lines (EXPECTED sections 2, M1, M3) are metadata, not body.
        var metaLines = new Dictionary<string, int[]> { ["000"] = [1, 2, 3], ["001"] = [2], ["003"] = [1, 3], ["004"] = [8, 10] };
        int removed = 0, chromeTotal = 0, kept = 0, keptTotal = 0;
        foreach (var f in files)
        {
            var seed = Path.GetFileName(f)[..3];
            if (!articles.TryGetValue(seed, out var a))
            {
                continue;
            }

            var paragraphs = a.Paragraphs.Select(p => Fold(p.Span.TextOf(a.Body))).ToList();
            var body = string.Join("\n", paragraphs);
            var lines = File.ReadAllText(f).Replace("\r", "", StringComparison.Ordinal).Split('\n');
            var chromeSet = chrome.GetValueOrDefault(seed) ?? [];
            var keys = lines.Select(l => Fold(l.Trim().TrimStart('•').Trim())).ToArray();
            var lastPos = -1;
            var inOrder = true;
            for (var n = 1; n <= lines.Length; n++)
            {
                var key = keys[n - 1];
                if (key.Length == 0)
                {
                    continue;
                }

                if (chromeSet.Contains(n))
                {
                    chromeTotal++;
                    var allowed = Enumerable.Range(1, lines.Length).Count(m => !chromeSet.Contains(m) && keys[m - 1] == key && !(metaLines.GetValueOrDefault(seed) ?? []).Contains(m));
                    // Short chrome ("Vladimir Putin") is only chrome as a paragraph of its own.
                    var words = key.Split(' ').Length;
                    var ok = paragraphs.Count(p => p == key || (words >= 8 && p.Contains(key, StringComparison.Ordinal))) <= allowed;
                    removed += ok ? 1 : 0;
                    if (!ok)
                    {
                        Report.Item(false, $"C1 {seed}:{n}", "chrome line still in body: " + Short(lines[n - 1]));
                    }

                    continue;
                }

                if ((metaLines.GetValueOrDefault(seed) ?? []).Contains(n))
                {
                    continue;
                }

                var probe = key;
                if (tails.GetValueOrDefault(seed)?.Contains(n) == true)
                {
                    chromeTotal++;
                    var dash = Math.Max(probe.LastIndexOf(" - ", StringComparison.Ordinal), 0);
                    var tail = probe[dash..].Trim(' ', '-');
                    var tailGone = !body.Contains(tail, StringComparison.Ordinal);
                    removed += tailGone ? 1 : 0;
                    if (!tailGone)
                    {
                        Report.Item(false, $"C1 {seed}:{n}", "sign-off still in body");
                    }

                    probe = probe[..dash].Trim();
                }

                keptTotal++;
                var pos = Find(body, probe);
                if (pos >= 0)
                {
                    kept++;
                    inOrder &= pos >= lastPos;
                    lastPos = pos;
                }
                else
                {
                    Report.Item(false, $"C2 {seed}:{n}", "article line lost: " + Short(lines[n - 1]));
                }
            }

            Report.Item(inOrder, $"C2 {seed} order", "kept lines are in page order");
        }

        Report.Item(removed == chromeTotal, "C1", $"{removed}/{chromeTotal} chrome lines removed");
        Report.Item(kept == keptTotal, "C2", $"{kept}/{keptTotal} article lines kept");
        report.Metric("seeds.chrome.removed", chromeTotal == 0 ? 0 : (double)removed / chromeTotal);
        report.Metric("seeds.chrome.kept", keptTotal == 0 ? 0 : (double)kept / keptTotal);
        CheckSubheading(articles, report);
    }

    // A line is found when the body holds it whole, or (for a first paragraph) without its dateline.
    private static int Find(string body, string key)
    {
        var pos = body.IndexOf(key, StringComparison.Ordinal);
        if (pos >= 0)
        {
            return pos;
        }

        for (var dash = key.IndexOf(" -", StringComparison.Ordinal); dash is > 0 and < 60; dash = key.IndexOf(" -", dash + 2, StringComparison.Ordinal))
        {
            var rest = key[(dash + 2)..].TrimStart('-', ' ');
            if (rest.Length > 20 && body.IndexOf(rest, StringComparison.Ordinal) is var p and >= 0)
            {
                return p;
            }
        }

        return -1;
    }

    private static void CheckSubheading(Dictionary<string, Article> articles, Report report)
    {
        var ok = articles.TryGetValue("000", out var a) &&
                 a.Paragraphs.Any(p => p.Kind == ParagraphKind.Heading && Fold(p.Span.TextOf(a.Body)) == "nato dan rusia");
        Report.Item(ok, "C3", "000 line 41 kept as a subheading");
    }

    private static string Short(string s) => s.Length > 70 ? s[..70] + "…" : s;
}
