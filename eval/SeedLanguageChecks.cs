using System.Globalization;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Language.Entities;
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

        Quotes(Rows(expected, "## 4."), articles, PersonAliases(expected), report);
        Timeline(Rows(expected, "## 6."), articles, report);
        Quantities(Rows(expected, "## 5."), articles, report);
        Entities(Rows(expected, "## 8."), articles, report);
    }

    // Section 8: the names of each row (canonical and aliases) are one entity of the story; the
    // rows listing several places (E14) or media (E15) need each name found, each on its own.
    private static void Entities(List<string[]> rows, Dictionary<string, Article> articles, Report report)
    {
        var entities = StoryEntityResolver.Default.Resolve(articles.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new ArticleEntities(a.Key, a.Value.Body, EntityRecognizer.Default.Find(a.Value.Body))));
        int pass = 0, total = 0;
        foreach (var r in rows)
        {
            if (r.Length < 4)
            {
                continue;
            }

            var id = r[0];
            var names = r[2].Split(',').Select(n => n.Split('(')[0].Trim()).Where(n => n.Length > 1).ToList();
            var aliases = r[3].Split(',').Select(n => n.Split('(')[0].Trim()).Where(n => n.Length > 1 && n != "–").ToList();
            var separate = names.Count > 1;
            total++;
            bool ok;
            string detail;
            StoryEntity? Holding(string n) => entities.FirstOrDefault(e => e.Aliases.Any(a => Norm(a) == Norm(n)));
            if (separate)
            {
                var missing = names.Where(n => Holding(n) is null).ToList();
                ok = missing.Count == 0;
                detail = ok ? $"all {names.Count} found" : "missing " + string.Join(", ", missing);
            }
            else
            {
                var all = names.Concat(aliases).ToList();
                var holders = all.Select(n => (n, e: Holding(n))).ToList();
                ok = holders.All(h => h.e is not null) && holders.Select(h => h.e).Distinct().Count() == 1;
                detail = string.Join("; ", holders.Select(h => $"{h.n} → {h.e?.Canonical ?? "nothing"}"));
            }

            if (ok)
            {
                pass++;
            }

            Report.Item(ok, id, detail);
        }

        report.Metric("seeds.entities.merged", total == 0 ? 0 : (double)pass / total);
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

    // A word token of the matching rules: letters and digits, with inner hyphens and apostrophes.
    private static List<(int Start, int End, string Text)> Tokens(string text)
    {
        var list = new List<(int, int, string)>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+(?:[-'’‑][\p{L}\p{N}]+)*"))
        {
            list.Add((m.Index, m.Index + m.Length, m.Value.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().Replace('’', '\'').Replace('‑', '-')));
        }

        return list;
    }

    private static int IndexOf(List<(int Start, int End, string Text)> tokens, string[] words, int from)
    {
        for (var i = Math.Max(0, from); i + words.Length <= tokens.Count; i++)
        {
            var k = 0;
            while (k < words.Length && tokens[i + k].Text == words[k])
            {
                k++;
            }

            if (k == words.Length)
            {
                return i;
            }
        }

        return -1;
    }

    // The expected token range of a quote: from its start words to the first end words after them.
    private static (int From, int To)? ExpectedRange(List<(int Start, int End, string Text)> tokens, string cell)
    {
        var t = cell.Trim();
        var paren = t.LastIndexOf(" (", StringComparison.Ordinal);
        if (t.EndsWith(')') && paren > t.LastIndexOf('…'))
        {
            t = t[..paren]; // a note on the row: "(one quote across two paragraphs)"
        }

        var parts = t.Split('…');
        var start = Tokens(parts[0]).Select(x => x.Text).ToArray();
        var end = Tokens(parts[^1]).Select(x => x.Text).ToArray();
        var s = IndexOf(tokens, start, 0);
        if (s < 0 || start.Length == 0)
        {
            return null;
        }

        var e = parts.Length == 1 ? s : IndexOf(tokens, end, s);
        return e < 0 ? null : (s, e + end.Length);
    }

    // Section 8: every person's canonical name with its aliases.
    private static Dictionary<string, string[]> PersonAliases(string[] lines)
    {
        var result = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in Rows(lines, "## 8."))
        {
            if (r.Length >= 4 && r[1] == "PERSON")
            {
                var names = r[3].Split(',').Select(x => x.Trim()).Where(x => x.Length > 1 && x != "–").Prepend(r[2]).ToArray();
                foreach (var n in names)
                {
                    result[n] = names;
                }
            }
        }

        return result;
    }

    // For a speaker without a name (an official, an organisation): the words the speaker mention
    // must hold. A quoted phrase in the speaker cell wins, then an organisation's name, then the
    // head of the stated role; "the same … as Qn" takes Qn's.
    private static string UnnamedKey(string[] row, Dictionary<string, string> keys)
    {
        var speaker = row[3];
        var q = System.Text.RegularExpressions.Regex.Match(speaker, "\"([^\"]+)\"");
        if (q.Success)
        {
            return q.Groups[1].Value;
        }

        if (speaker.Contains("(organisation)", StringComparison.Ordinal))
        {
            return speaker[..speaker.IndexOf(" (", StringComparison.Ordinal)];
        }

        var same = System.Text.RegularExpressions.Regex.Match(speaker, @"as (Q\d+)");
        if (same.Success && keys.TryGetValue(same.Groups[1].Value, out var k))
        {
            return k;
        }

        return row[4].Split(' ')[0];
    }

    private static void Quotes(List<string[]> rows, Dictionary<string, Article> articles, Dictionary<string, string[]> aliases, Report report)
    {
        int pass = 0, total = 0, rolePass = 0, roleTotal = 0;
        var keys = new Dictionary<string, string>();
        foreach (var r in rows)
        {
            var id = r[0];
            var seed = r[1][..3];
            var speaker = r[3];
            total++;
            if (!articles.TryGetValue(seed, out var a))
            {
                Report.Item(false, id, $"seed {seed} not extracted");
                continue;
            }

            var body = a.Body;
            var tokens = Tokens(body);
            if (ExpectedRange(tokens, r[5]) is not { } want)
            {
                Report.Item(false, id, $"expected text '{r[5]}' not in the body of {seed}");
                continue;
            }

            // Found: covers >= 90% of the expected tokens and adds <= 20% of its own (EXPECTED.md).
            Quote? found = null;
            var bestScore = double.NegativeInfinity;
            var expectedCount = want.To - want.From;
            foreach (var q in QuoteExtractor.Default.Extract(body))
            {
                var from = tokens.FindIndex(t => t.Start >= q.Span.Start);
                var to = tokens.FindLastIndex(t => t.End <= q.Span.End) + 1;
                if (from < 0 || to <= from)
                {
                    continue;
                }

                var overlap = Math.Max(0, Math.Min(to, want.To) - Math.Max(from, want.From));
                var extra = to - from - overlap;
                var score = (double)overlap / expectedCount - ((double)extra / expectedCount);
                if (overlap >= 0.9 * expectedCount && extra <= 0.2 * expectedCount && score > bestScore)
                {
                    bestScore = score;
                    found = q;
                }
            }

            string? who = null;
            bool ok;
            string[]? names = null;
            if (aliases.TryGetValue(speaker, out names))
            {
                who = found?.Speaker?.Name?.TextOf(body) ?? found?.Speaker?.Mention.TextOf(body);
                ok = found is not null && who is not null && names.Any(n => Norm(n) == Norm(who));
            }
            else
            {
                var key = UnnamedKey(r, keys);
                keys[id] = key;
                var sp = found?.Speaker;
                who = sp is null ? null : string.Join(" / ", new[] { sp.Mention, sp.Role, sp.Name }.OfType<TextSpan>().Select(x => x.TextOf(body)).Distinct());
                ok = found is not null && who is not null && Norm(who).Contains(Norm(key), StringComparison.Ordinal);
                speaker += $" [must mention '{key}']";
            }

            if (ok)
            {
                pass++;
            }

            // The role: one the article gives that person anywhere (entity roles), or the one
            // stated with the quote's speaker.
            var wantRole = r[4].Split(" (")[0].Trim();
            if (ok && wantRole is not "–" and not "-" && wantRole.Length > 0)
            {
                roleTotal++;
                var roles = new List<string>();
                if (found!.Speaker?.Role is { } sr)
                {
                    roles.Add(sr.TextOf(body));
                }

                if (names is not null)
                {
                    roles.AddRange(QuoteExtractor.Default.Extract(body)
                        .Where(q => q.Speaker is { Role: not null, Name: { } qn } && names.Any(n => Norm(n) == Norm(qn.TextOf(body))))
                        .Select(q => q.Speaker!.Role!.Value.TextOf(body)));
                    roles.AddRange(EntityRecognizer.Default.Find(body)
                        .Where(e => e.Role is not null && names.Any(n => Norm(n) == Norm(e.Canonical) || Norm(n) == Norm(e.Span.TextOf(body))))
                        .Select(e => e.Role!));
                }

                var roleOk = roles.Any(x => Norm(x).Contains(Norm(wantRole), StringComparison.Ordinal));
                if (roleOk)
                {
                    rolePass++;
                }

                Report.Item(roleOk, id + ".role", $"expected '{wantRole}', the article gives {(roles.Count == 0 ? "none" : string.Join(" / ", roles.Distinct()))}");
            }

            var text = string.Join(' ', tokens.Skip(want.From).Take(Math.Min(4, expectedCount)).Select(t => t.Text));
            Report.Item(ok, id, found is null ? $"quote '{text} …' not found ({expectedCount} words expected)" : $"quote found, speaker '{who ?? "-"}' (expected {speaker})");
        }

        report.Metric("seeds.quotes.found", total == 0 ? 0 : (double)pass / total);
        report.Metric("seeds.quotes.role", roleTotal == 0 ? 0 : (double)rolePass / roleTotal);
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
