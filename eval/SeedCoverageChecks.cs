using System.Text;
using System.Text.RegularExpressions;
using Liputan.Coverage;
using Liputan.Coverage.QuoteBoard;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Workflows;

namespace Liputan.Eval;

/// <summary>
/// The story-view items of shared/seeds/EXPECTED.md, checked on the view that `liputan story`
/// shows for the seeds' story: quotes and their variants on the quote board (section 4, QB1,
/// QB2, F13), the timeline (section 6), facts and disagreements (section 7), cited media per
/// outlet (section 9) and what only one outlet reports (section 10). Table rows are read from
/// EXPECTED.md; where its verdicts are prose, the check restates them below, one per item.
/// </summary>
internal static class SeedCoverageChecks
{
    private sealed record View(StoryCoverage Coverage, Dictionary<string, string> SeedOf, Dictionary<string, string> Lines8);

    public static void Run(string shared, Report report)
    {
        var seeds = Path.Combine(shared, "seeds");
        var expected = File.ReadAllText(Path.Combine(seeds, "EXPECTED.md"));
        var view = Build(seeds);
        if (view is null)
        {
            Report.Item(false, "story", "the seeds give no story");
            return;
        }

        Quotes(expected, view, report);
        Timeline(expected, view, report);
        Facts(view, report);
        CitedMedia(view, report);
        OnlyOneOutlet(view, report);
    }

    private static View? Build(string seeds)
    {
        using var temp = new TempStore("seed-coverage");
        var store = temp.Store;
        new IngestWorkflow(store).Run([seeds]);
        new GroupingWorkflow(store).Rebuild();
        var largest = store.Stories().OrderByDescending(s => s.ArticleCount).FirstOrDefault();
        if (largest is null)
        {
            return null;
        }

        var (story, events) = store.GetStory(largest.Id)!.Value;
        var articles = events.SelectMany(e => e.Articles).Distinct().Select(store.GetArticle).OfType<Article>().ToList();
        var seedOf = articles.ToDictionary(a => a.Id.ToString(), a => Path.GetFileName(a.Source!)[..3], StringComparer.Ordinal);
        var coverage = new CoverageBuilder().Build(StoryViewBuilder.Build(story, events, store.GetArticle), articles);
        var line8 = File.ReadAllLines(Directory.GetFiles(seeds, "001_*.txt").Single())[7];
        return new View(coverage, seedOf, new Dictionary<string, string> { ["001"] = line8 });
    }

    // EXPECTED's matching rules: NFC, case folding, collapsed whitespace, one quote and one dash.
    private static string Fold(string s) => TextNormalizer.FoldForComparison(s.Normalize(NormalizationForm.FormC));

    private static string[] Tokens(string s) =>
        Fold(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => new string(t.Where(char.IsLetterOrDigit).ToArray())).Where(t => t.Length > 0).ToArray();

    private static string Seed(View v, Citation c) => v.SeedOf.GetValueOrDefault(c.ArticleId, "?");

    private static bool Has(string text, params string[] words) => words.All(w => Fold(text).Contains(Fold(w), StringComparison.Ordinal));

    // ---- Section 4: quotes on the board, QB1, QB2, F13 ----

    private sealed record Located(SpeakerQuotes Speaker, QuoteEntry Entry, QuoteWording Wording);

    private static Located? Locate(View v, string seed, string text)
    {
        var parts = text.Split('…');
        var start = Tokens(parts[0]).Take(4).ToArray();
        var end = parts.Length > 1 ? Tokens(parts[^1].Split('(')[0]).TakeLast(3).ToArray() : [];
        foreach (var s in v.Coverage.Quotes)
        {
            foreach (var e in s.Quotes)
            {
                foreach (var w in e.Wordings)
                {
                    if (Seed(v, w.Quote) != seed)
                    {
                        continue;
                    }

                    var got = " " + string.Join(' ', Tokens(w.Quote.Text)) + " ";
                    if (got.Contains(" " + string.Join(' ', start) + " ", StringComparison.Ordinal) &&
                        (end.Length == 0 || got.Contains(" " + string.Join(' ', end) + " ", StringComparison.Ordinal)))
                    {
                        return new Located(s, e, w);
                    }
                }
            }
        }

        return null;
    }

    // Speakers the table describes rather than names, restated as words the board's speaker holds.
    private static string[] SpeakerWords(string speaker) => speaker switch
    {
        _ when speaker.Contains("unnamed", StringComparison.Ordinal) => ["pejabat"],
        _ when speaker.StartsWith("Kremlin", StringComparison.Ordinal) => ["kremlin"],
        _ when speaker.StartsWith("Russian authorities", StringComparison.Ordinal) => ["otoritas"],
        _ => [speaker.Split(' ')[^1]],
    };

    private static void Quotes(string expected, View v, Report report)
    {
        var rows = MarkdownTable.Read(expected, "## 4. Quotes");
        var located = new Dictionary<string, Located?>(StringComparer.Ordinal);
        int found = 0, roles = 0, roleTotal = 0;
        foreach (var r in rows)
        {
            var (id, seed, speaker, role, text) = (r[0], r[1][..3], r[3], r[4], r[5]);
            var at = Locate(v, seed, text);
            located[id] = at;
            var who = at is null ? null : Fold(at.Speaker.Speaker);
            var ok = at is not null && SpeakerWords(speaker).Any(w => who!.Contains(Fold(w), StringComparison.Ordinal));
            found += ok ? 1 : 0;
            Report.Item(ok, id, at is null ? $"not on the quote board ({seed}: {text[..Math.Min(40, text.Length)]}…)" : $"on the board under '{at.Speaker.Speaker}' (expected {speaker})");
            if (role != "–")
            {
                roleTotal++;
                var want = Fold(role.Split('(')[0].Trim());
                var roleOk = ok && at!.Speaker.Roles.Any(x => Fold(x).Contains(want, StringComparison.Ordinal) || want.Contains(Fold(x), StringComparison.Ordinal));
                roles += roleOk ? 1 : 0;
                Report.Item(roleOk, id + " role", $"expected '{role}', board has {(at is null ? "–" : string.Join("; ", at.Speaker.Roles))}");
            }
        }

        // QB1: one statement reported by several outlets is one entry with each wording.
        string[][] groups = [["Q1", "Q2"], ["Q6", "Q7", "Q8"], ["Q3", "Q4", "Q5"], ["Q14", "Q16"]];
        var board = 0;
        foreach (var g in groups)
        {
            var entries = g.Select(q => located.GetValueOrDefault(q)?.Entry).ToList();
            var ok = entries.All(e => e is not null) && entries.Distinct().Count() == 1;
            board += ok ? 1 : 0;
            Report.Item(ok, "QB1 " + string.Join("+", g), ok ? "one entry with each wording" : $"entries: {string.Join(", ", g.Select(q => located.GetValueOrDefault(q) is { } l ? $"{q}→{l.Speaker.Speaker}#{l.Speaker.Quotes.ToList().IndexOf(l.Entry)}" : $"{q}→missing"))}");
        }

        // QB2: the pull quote of 001's summary box (line 8) is chrome, not a quote of its own.
        var pull = Tokens(v.Lines8["001"]).Take(8).ToArray();
        var pulls = v.Coverage.Quotes.SelectMany(s => s.Quotes).SelectMany(e => e.Wordings)
            .Count(w => Seed(v, w.Quote) == "001" && string.Join(' ', Tokens(w.Quote.Text)).Contains(string.Join(' ', pull.Take(5)), StringComparison.Ordinal));
        var qb2 = pulls <= 1;
        board += qb2 ? 1 : 0;
        Report.Item(qb2, "QB2", $"001 wordings of the de-escalation quote: {pulls} (the pull quote adds none)");

        // F13: Yuri / Yury Ushakov is one person on the board.
        var ushakov = v.Coverage.Quotes.Count(s => Fold(s.Speaker).Contains("ushakov", StringComparison.Ordinal));
        board += ushakov == 1 ? 1 : 0;
        Report.Item(ushakov == 1, "F13", $"speakers named Ushakov on the board: {ushakov}");

        report.Metric("seeds.story.quotes", rows.Count == 0 ? 0 : (double)found / rows.Count);
        report.Metric("seeds.story.quote_roles", roleTotal == 0 ? 0 : (double)roles / roleTotal);
        report.Metric("seeds.story.quote_board", (double)board / (groups.Length + 2));
    }

    // ---- Section 6: timeline ----

    private static string KindOf(string cell) =>
        cell.StartsWith("date of the cited", StringComparison.Ordinal) ? "report" : cell.Split(' ')[0];

    private static void Timeline(string expected, View v, Report report)
    {
        var rows = MarkdownTable.Read(expected, "## 6. Timeline");
        var pass = 0;
        foreach (var r in rows)
        {
            var (id, cell, expression, value, kind) = (r[0], r[1], r[2], r[3].Split(' ')[0], KindOf(r[4]));
            var seeds = cell.Split([',', '/'], StringSplitOptions.TrimEntries).Where(p => p.Length >= 3).Select(p => p[..3]).ToHashSet(StringComparer.Ordinal);
            // The expression's variants, without a parenthesis that explains rather than quotes ("hari ini (inside …)").
            var variants = expression.Split(" / ").Select(x => Regex.Replace(x, @" \(\p{Ll}.*$", "")).Select(Fold).ToArray();
            bool Gives(Liputan.Coverage.Timeline.TimelineEntry t, int i) =>
                seeds.Contains(Seed(v, t.Sources[i])) && variants.Any(x => Fold(t.Expressions[i]).Contains(x, StringComparison.Ordinal) || x.Contains(Fold(t.Expressions[i]).TrimEnd('.'), StringComparison.Ordinal));
            var entries = v.Coverage.Timeline.Where(t => t.Value == value).ToList();
            var ok = entries.Any(t => t.Kind == kind && Enumerable.Range(0, t.Sources.Count).Any(i => Gives(t, i)));
            pass += ok ? 1 : 0;
            var got = entries.Count == 0 ? "no entry"
                : string.Join("; ", entries.Select(t => $"{t.Kind} from {string.Join(",", t.Sources.Select((s, i) => $"{Seed(v, s)} '{t.Expressions[i]}'"))}"));
            Report.Item(ok, id, $"{expression} → {value} ({kind}) from {string.Join(",", seeds)}: {got}");
        }

        // T17: the photo-caption dates of 003 and 004 (EXPECTED restated) give no entry.
        string[] captions = ["2021-08-26", "2021-01-25"];
        var t17 = v.Coverage.Timeline.All(t => !captions.Contains(t.Value));
        pass += t17 ? 1 : 0;
        Report.Item(t17, "T17", "no timeline entry from a photo caption (2021-08-26, 2021-01-25)");
        report.Metric("seeds.story.timeline", (double)pass / (rows.Count + 1));
    }

    // ---- Section 7: facts and disagreements (verdicts restated from the prose table) ----

    private static void Facts(View v, Report report)
    {
        var c = v.Coverage;
        var facts = c.Facts;
        HashSet<string> SeedsOf(Liputan.Coverage.Facts.Fact f) => f.Values.Select(x => Seed(v, x.Source)).ToHashSet(StringComparer.Ordinal);
        bool Covers(Liputan.Coverage.Facts.Fact f, params string[] seeds) => seeds.All(SeedsOf(f).Contains);
        string Show(IEnumerable<Liputan.Coverage.Facts.Fact> fs) =>
            string.Join(" | ", fs.Select(f => $"{f.Slot} {f.Verdict}: {string.Join(", ", f.Values.Select(x => $"{Seed(v, x.Source)} {x.Quantity}"))}").DefaultIfEmpty("none"));
        bool Near(Liputan.Coverage.Facts.FactValue x, double value) => x.Min <= value && value <= x.Max;

        var checks = new List<(string Id, bool Ok, string Detail)>();
        var durations = facts.Where(f => f.Slot == "duration").ToList();
        var troops = facts.Where(f => f.Slot == "troops").ToList();
        var dates = facts.Where(f => f.Slot == "date").ToList();

        checks.Add(("F1", durations.Any(f => f.Verdict == "compatible" && Covers(f, "000", "001", "002", "003") && f.Values.Any(x => Seed(v, x.Source) == "003" && Has(x.Quantity, "hampir"))),
            "call duration 50 menit vs hampir 1 jam: compatible — " + Show(durations.Where(f => Covers(f, "003")))));
        checks.Add(("F2", dates.Any(f => f.Verdict == "agree" && Covers(f, "000", "001", "002", "003") && f.Values.All(x => x.Value == "2021-12-30")),
            "call date 2021-12-30 (000-003): agree — " + Show(dates.Where(f => f.Values.Any(x => x.Value == "2021-12-30")))));
        var agents = facts.Where(f => f.Slot == "agent").ToList();
        checks.Add(("F3", agents.Any(f => f.Verdict == "agree" && SeedsOf(f).Intersect(["000", "001", "002", "003"]).Count() >= 3 && f.Values.All(x => Has(x.Quantity, "putin"))),
            "who asked for the call: Putin (000-003): agree — " + Show(agents)));
        var claims = facts.Where(f => f.Slot is "ordinal" or "claim").ToList();
        checks.Add(("F4", claims.Any(f => f.Verdict == "agree" && Covers(f, "000", "001", "002", "003") && f.Values.All(x => Has(x.Source.Text, "kedua"))),
            "second talk this month (000-003): agree — " + Show(claims.Where(f => f.Values.Any(x => Has(x.Source.Text, "kedua"))))));
        checks.Add(("F5", dates.Any(f => f.Verdict == "compatible" && Covers(f, "000", "001", "002", "003") &&
                                         f.Values.Any(x => Seed(v, x.Source) == "000" && x.Value == "2022-01-10") &&
                                         f.Values.Any(x => Seed(v, x.Source) == "001" && x.Value == "2022-01-09/2022-01-10")),
            "security talks 9-10 Jan (001-003) vs 10 Jan (000): compatible, both shown — " + Show(dates.Where(f => f.Values.Any(x => x.Value is "2022-01-10" or "2022-01-09/2022-01-10")))));
        var jan12 = dates.Any(f => f.Verdict == "agree" && Covers(f, "001", "002", "003") && f.Values.All(x => x.Value == "2022-01-12"));
        var jan13 = dates.Any(f => f.Verdict == "agree" && Covers(f, "001", "002") && f.Values.All(x => x.Value == "2022-01-13"));
        checks.Add(("F6", jan12 && jan13, "Russia-NATO session 12 Jan, wider conference 13 Jan (001-003): agree — " + Show(dates.Where(f => f.Values.Any(x => x.Value is "2022-01-12" or "2022-01-13")))));
        checks.Add(("F7", troops.Any(f => f.Verdict == "compatible" && Covers(f, "001", "002", "003") && !Covers(f, "004") && f.Values.Any(x => Near(x, 60_000) && Near(x, 90_000))),
            "troops near Ukraine 60,000-90,000 vs tens of thousands (001-003): compatible — " + Show(troops)));
        checks.Add(("F8", troops.Any(f => f.Verdict == "agree" && Covers(f, "001", "003") && f.Values.All(x => Near(x, 10_000))),
            "withdrawal of about 10,000 (001, 003): agree — " + Show(troops.Where(f => f.Values.Any(x => Near(x, 10_000))))));
        var kremlin = c.OneSided.Where(o => Has(o.Side, "kremlin")).ToList();
        checks.Add(("F9", kremlin.Any(o => o.Claims.Any(x => Seed(v, x) is "001" or "002" && Has(x.Text, "senjata ofensif"))),
            "Biden's promise on offensive weapons: one side only (Kremlin) — " + string.Join(" | ", c.OneSided.Select(o => $"{o.Side} (unconfirmed by {o.UnconfirmedBy ?? "–"}): {o.Claims.Count} wording(s)").DefaultIfEmpty("none"))));
        checks.Add(("F10", c.Contradictions.Any(x => Seed(v, x.Statement) == "003" && Has(x.Statement.Text, "menginvasi rusia")),
            "003's 'menginvasi Rusia' flagged as contradicting all others — " + string.Join(" | ", c.Contradictions.Select(x => $"{Seed(v, x.Statement)} {x.Rule}: {x.Detail}").DefaultIfEmpty("none"))));
        var sanctions = c.Quotes.SelectMany(s => s.Quotes).Where(e => e.Wordings.Any(w => Has(w.Quote.Text, "kesalahan"))).ToList();
        checks.Add(("F11", sanctions.Any(e => e.Wordings.Select(w => Seed(v, w.Quote)).Intersect(["000", "001", "002", "003"]).Count() >= 3 &&
                                             e.Wordings.Any(w => Has(w.Quote.Text, "kesalahan besar")) && e.Wordings.Any(w => Has(w.Quote.Text, "kesalahan fatal"))),
            "Putin's warning ('kesalahan besar' / 'kesalahan fatal') as one statement of 3+ outlets — " + string.Join(" | ", sanctions.Select(e => string.Join(",", e.Wordings.Select(w => Seed(v, w.Quote))))).DefaultIfEmptyText()));
        checks.Add(("F12", durations.Any(f => f.Verdict == "single source" && f.Values.Count == 1 && Seed(v, f.Values[0].Source) == "004" && Near(f.Values[0], 120)),
            "video call of 2 hours (004): single source — " + Show(durations.Where(f => Covers(f, "004")))));
        checks.Add(("F14", troops.Any(f => f.Verdict == "differ" && Covers(f, "004") && (Covers(f, "001") || Covers(f, "003")) &&
                                           f.Values.Any(x => Seed(v, x.Source) == "004" && Near(x, 175_000))),
            "troops 175,000 (004, early December) vs 60,000-90,000 (001, 003): differ, side by side — " + Show(troops.Where(f => Covers(f, "004")))));
        checks.Add(("F15", c.Contradictions.Any(x => new[] { Seed(v, x.Statement) }.Concat(x.Others.Select(o => Seed(v, o))).ToHashSet().IsSupersetOf(["001", "002"]) && Has(x.Statement.Text, "separatis")) ||
                           facts.Any(f => f.Verdict == "differ" && Covers(f, "001", "002") && f.Values.All(x => Has(x.Source.Text, "separatis"))),
            "who supported whom in 2014 (001 vs 002): differ"));

        foreach (var (id, ok, detail) in checks)
        {
            Report.Item(ok, id, detail);
        }

        report.Metric("seeds.story.facts", (double)checks.Count(x => x.Ok) / checks.Count);
    }

    private static string DefaultIfEmptyText(this string s) => s.Length == 0 ? "none" : s;

    // ---- Section 9: cited media per outlet ----

    private static void CitedMedia(View v, Report report)
    {
        // Media cited in the body, restated from EXPECTED section 9 (photo credits are listed apart).
        var want = new Dictionary<string, string[]>
        {
            ["000"] = [],
            ["001"] = [],
            ["002"] = ["RT", "The Guardian", "media Rusia"],
            ["003"] = ["Reuters"],
            ["004"] = ["ArabNews.com", "CNN.com"],
        };
        var pass = 0;
        foreach (var (seed, media) in want)
        {
            var articleId = v.SeedOf.FirstOrDefault(kv => kv.Value == seed).Key;
            var outlet = v.Coverage.Outlets.FirstOrDefault(o => o.CitedMedia.Any(m => m.Sources.Any(s => s.ArticleId == articleId)) ||
                                                              v.Coverage.Story.Events.SelectMany(e => e.Articles).Any(a => a.Id == articleId && a.Outlet == o.Name));
            var cited = outlet?.CitedMedia.Where(m => m.Sources.Any(s => s.ArticleId == articleId)).ToList() ?? [];
            var got = cited.Select(m => m.Name).ToList();
            bool Same(Liputan.Coverage.Outlets.CitedMediumRef g, string m) => Fold(g.Name) == Fold(m) || (g.Domain is { } d && Fold(d) == Fold(m));
            var ok = media.All(m => cited.Any(g => Same(g, m))) && cited.All(g => media.Any(m => Same(g, m)));
            pass += ok ? 1 : 0;
            Report.Item(ok, $"S {seed}", $"cites {(media.Length == 0 ? "none" : string.Join(", ", media))}; view shows {(got.Count == 0 ? "none" : string.Join(", ", got))}");
        }

        var s1 = v.Coverage.Outlets.SelectMany(o => o.CitedMedia).All(m => !Has(m.Name, "google news"));
        pass += s1 ? 1 : 0;
        Report.Item(s1, "S1", "Google News (a pitch) is not a cited medium");
        report.Metric("seeds.story.cited_media", (double)pass / (want.Count + 1));
    }

    // ---- Section 10: reported by one outlet only (key words restated from the prose table) ----

    private static void OnlyOneOutlet(View v, Report report)
    {
        var items = new (string Id, string Seed, string What, string[] Words)[]
        {
            ("O1", "000", "Angela Stent's comment", ["stent"]),
            ("O2", "002", "RT's report of Biden's promises", ["janji", "rt"]),
            ("O3", "002", "venues Brussels and Vienna", ["brussel", "wina"]),
            ("O4", "001", "NATO's 30 members", ["30 negara"]),
            ("O5", "000", "UK and US offered Ukraine NATO membership", ["inggris", "keanggotaan"]),
            ("O6", "002", "Putin wants the agreement in writing", ["tertulis"]),
            ("O7", "001", "Biden appeared to agree on security guarantees", ["setuju", "jaminan keamanan"]),
        };
        var pass = 0;
        foreach (var (id, seed, what, words) in items)
        {
            var ok = v.Coverage.OnlyOneOutlet.Any(x => Seed(v, x.Source) == seed && Has(x.Source.Text, words));
            pass += ok ? 1 : 0;
            Report.Item(ok, id, $"{what} ({seed}) listed as reported by one outlet only");
        }

        report.Metric("seeds.story.only_one_outlet", (double)pass / items.Length);
    }
}
