using System.Globalization;
using Liputan.Storage.Sqlite;
using Liputan.Workflows;

namespace Liputan.Eval;

/// <summary>One row of eval/corpus/events/labels.tsv.</summary>
internal sealed record CorpusLabel(string File, string Event, string Story, string Lang, string Split, string? CopyOf)
{
    /// <summary>
    /// The first 73 files are the corpus the old gates were set on; they are clustered on their
    /// own so those figures stay comparable with the earlier rounds.
    /// </summary>
    public bool Legacy => Number <= 73;

    /// <summary>
    /// Files 1–155 are the halves the <c>.dev</c> and <c>.test</c> gates were set on; the later
    /// rounds grow each half, scored as <c>.dev2</c> and <c>.test2</c>, so the old figures stay comparable.
    /// </summary>
    public bool Round2 => Number <= 155;

    /// <summary>
    /// Files 1–222 are the halves the <c>.dev2</c> and <c>.test2</c> gates were set on; round four
    /// (files 223 onward, all dev) is scored with the whole dev half as <c>.dev3</c>.
    /// </summary>
    public bool Round3 => Number <= 222;

    private int Number => int.Parse(File.AsSpan(0, 3), CultureInfo.InvariantCulture);

    public static List<CorpusLabel> Read(string folder)
    {
        var path = Path.Combine(folder, "labels.tsv");
        var rows = new List<CorpusLabel>();
        foreach (var line in System.IO.File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var c = line.Split('\t');
            if (c.Length < 6 || c[4] is not ("dev" or "test"))
            {
                throw new InvalidDataException($"{path}: expected 'file event story lang split copy_of', got '{line}'");
            }

            rows.Add(new CorpusLabel(c[0], c[1], c[2], c[3], c[4], c[5] == "-" ? null : c[5]));
        }

        return rows;
    }
}

/// <summary>
/// BCubed precision, recall and F1 (Bagga &amp; Baldwin 1998; Amigó et al. 2009) of the event and
/// story grouping on the team's labelled corpus (eval/corpus/events/labels.tsv): the dev half
/// (what the tuning reads), the test half (never tuned on) and the original 73 articles.
/// </summary>
internal static class EventCorpus
{
    public static void Run(string folder, Report report)
    {
        if (!File.Exists(Path.Combine(folder, "labels.tsv")))
        {
            Console.WriteLine("events: no labelled corpus at " + folder);
            return;
        }

        var labels = CorpusLabel.Read(folder);
        // Each half is clustered on its own, as the tuning clusters the dev half: a figure never
        // depends on articles of the other half.
        Score(folder, labels.Where(l => l.Legacy).ToList(), "", report);
        Score(folder, labels.Where(l => l.Split == "dev" && l.Round2).ToList(), ".dev", report);
        Score(folder, labels.Where(l => l.Split == "test" && l.Round2).ToList(), ".test", report);
        Score(folder, labels.Where(l => l.Split == "dev" && l.Round3).ToList(), ".dev2", report, online: true);
        Score(folder, labels.Where(l => l.Split == "test" && l.Round3).ToList(), ".test2", report, online: true);
        Score(folder, labels.Where(l => l.Split == "dev").ToList(), ".dev3", report, online: true);
    }

    // With online, the grouping ingest itself left in the store (each batch linked against the
    // stories before it, in file order) is scored too, as '.online' lines, beside the rebuild's.
    private static void Score(string folder, List<CorpusLabel> labels, string suffix, Report report, bool online = false)
    {
        var gold = labels.ToDictionary(l => l.File);
        var db = Path.Combine(Path.GetTempPath(), $"liputan-eval-events-{Environment.ProcessId}.db");
        try
        {
            Dictionary<string, (string Event, string Story)> predicted = [];
            Dictionary<string, (string Event, string Story)> predictedOnline = [];
            using (var store = SqliteStore.Open(db))
            {
                var files = gold.Keys.Select(f => Path.Combine(folder, f)).ToList();
                var ingest = new IngestWorkflow(store).Run(files);
                foreach (var s in ingest.Skipped)
                {
                    Console.WriteLine($"events: skipped {Path.GetFileName(s.Input)}: {s.Reason}");
                }

                var onlineGrouping = store.StoredGrouping();
                var grouping = new GroupingWorkflow(store).Rebuild();
                var goldCopies = labels.Where(l => l.CopyOf is not null).Select(l => (l.File, l.CopyOf!)).ToHashSet();
                var fileOf = store.Articles().ToDictionary(a => a.Id, a => Path.GetFileName(a.Source!));
                var found = grouping.Duplicates.Select(d => (fileOf[d.Copy], fileOf[d.Canonical])).ToHashSet();
                var hits = found.Count(goldCopies.Contains);
                report.Metric("duplicates.pairs.precision" + suffix, found.Count == 0 ? 0 : (double)hits / found.Count);
                report.Metric("duplicates.pairs.recall" + suffix, goldCopies.Count == 0 ? 1 : (double)hits / goldCopies.Count);
                var byArticle = grouping.Events.SelectMany(e => e.Articles.Select(a => (a, e.Id, e.StoryId))).ToDictionary(x => x.a, x => (x.Id, x.StoryId));
                var byArticleOnline = onlineGrouping.Events.SelectMany(e => e.Articles.Select(a => (a, e.Id, e.StoryId))).ToDictionary(x => x.a, x => (x.Id, x.StoryId));
                foreach (var a in store.Articles())
                {
                    predicted[Path.GetFileName(a.Source!)] = byArticle[a.Id];
                    predictedOnline[Path.GetFileName(a.Source!)] = byArticleOnline[a.Id];
                    if (Environment.GetEnvironmentVariable("LIPUTAN_EVAL_VERBOSE") == "1")
                    {
                        var f = Liputan.Stories.Events.ArticleFeatures.Of(a);
                        var g = gold[Path.GetFileName(a.Source!)];
                        Console.WriteLine($"  {Path.GetFileName(a.Source!)} {g.Event} {g.Story} {byArticle[a.Id].Id} {byArticle[a.Id].StoryId} {a.Language} {f.EventDate} {f.PageDate}");
                    }
                }

                // Exact duplicates are stored once; they share their original's clusters.
                foreach (var f in gold.Keys.Where(f => !predicted.ContainsKey(f)))
                {
                    predicted[f] = ($"dup:{f}", $"dup:{f}");
                    predictedOnline[f] = ($"dup:{f}", $"dup:{f}");
                }
            }

            var (p, r, f1) = BCubed(gold.Keys, f => gold[f].Event, f => predicted[f].Event);
            report.Metric("events.bcubed.precision" + suffix, p);
            report.Metric("events.bcubed.recall" + suffix, r);
            report.Metric("events.bcubed.f1" + suffix, f1);
            var (sp, sr, sf) = BCubed(gold.Keys, f => gold[f].Story, f => predicted[f].Story);
            report.Metric("stories.bcubed.precision" + suffix, sp);
            report.Metric("stories.bcubed.recall" + suffix, sr);
            report.Metric("stories.bcubed.f1" + suffix, sf);
            if (online)
            {
                var (op, or, of) = BCubed(gold.Keys, f => gold[f].Event, f => predictedOnline[f].Event);
                report.Metric("events.bcubed.precision" + suffix + ".online", op);
                report.Metric("events.bcubed.recall" + suffix + ".online", or);
                report.Metric("events.bcubed.f1" + suffix + ".online", of);
                var (osp, osr, osf) = BCubed(gold.Keys, f => gold[f].Story, f => predictedOnline[f].Story);
                report.Metric("stories.bcubed.precision" + suffix + ".online", osp);
                report.Metric("stories.bcubed.recall" + suffix + ".online", osr);
                report.Metric("stories.bcubed.f1" + suffix + ".online", osf);
            }
        }
        finally
        {
            foreach (var s in new[] { "", "-wal", "-shm" })
            {
                File.Delete(db + s);
            }
        }
    }

    public static (double Precision, double Recall, double F1) BCubed(IEnumerable<string> items, Func<string, string> gold, Func<string, string> predicted)
    {
        var list = items.ToList();
        double p = 0, r = 0;
        foreach (var i in list)
        {
            var sameCluster = list.Where(j => predicted(j) == predicted(i)).ToList();
            var sameClass = list.Where(j => gold(j) == gold(i)).ToList();
            var both = sameCluster.Count(j => gold(j) == gold(i));
            p += (double)both / sameCluster.Count;
            r += (double)both / sameClass.Count;
        }

        p /= list.Count;
        r /= list.Count;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
