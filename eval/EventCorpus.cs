using Liputan.Storage.Sqlite;
using Liputan.Workflows;

namespace Liputan.Eval;

/// <summary>
/// BCubed precision, recall and F1 (Bagga &amp; Baldwin 1998; Amigó et al. 2009) of the event and
/// story grouping on the team's labelled corpus (eval/corpus/events/labels.tsv).
/// </summary>
internal static class EventCorpus
{
    public static void Run(string folder, Report report)
    {
        var labels = Path.Combine(folder, "labels.tsv");
        if (!File.Exists(labels))
        {
            Console.WriteLine("events: no labelled corpus at " + folder);
            return;
        }

        var gold = File.ReadAllLines(labels).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => (Event: c[1], Story: c[2]));
        var db = Path.Combine(Path.GetTempPath(), $"liputan-eval-events-{Environment.ProcessId}.db");
        try
        {
            Dictionary<string, (string Event, string Story)> predicted = [];
            using (var store = SqliteStore.Open(db))
            {
                var files = gold.Keys.Select(f => Path.Combine(folder, f)).ToList();
                var ingest = new IngestWorkflow(store).Run(files);
                foreach (var s in ingest.Skipped)
                {
                    Console.WriteLine($"events: skipped {Path.GetFileName(s.Input)}: {s.Reason}");
                }

                var grouping = new GroupingWorkflow(store).Rebuild();
                // The corpus README lists its three syndicated copies (copy, original).
                var goldCopies = new HashSet<(string, string)> { ("003.txt", "002.txt"), ("024.txt", "023.txt"), ("059.txt", "058.txt") };
                var fileOf = store.Articles().ToDictionary(a => a.Id, a => Path.GetFileName(a.Source!));
                var found = grouping.Duplicates.Select(d => (fileOf[d.Copy], fileOf[d.Canonical])).ToHashSet();
                var hits = found.Count(goldCopies.Contains);
                report.Metric("duplicates.pairs.precision", found.Count == 0 ? 0 : (double)hits / found.Count);
                report.Metric("duplicates.pairs.recall", (double)hits / goldCopies.Count);
                var byArticle = grouping.Events.SelectMany(e => e.Articles.Select(a => (a, e.Id, e.StoryId))).ToDictionary(x => x.a, x => (x.Id, x.StoryId));
                foreach (var a in store.Articles())
                {
                    predicted[Path.GetFileName(a.Source!)] = byArticle[a.Id];
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
                }
            }

            var (p, r, f1) = BCubed(gold.Keys, f => gold[f].Event, f => predicted[f].Event);
            report.Metric("events.bcubed.precision", p);
            report.Metric("events.bcubed.recall", r);
            report.Metric("events.bcubed.f1", f1);
            var (sp, sr, sf) = BCubed(gold.Keys, f => gold[f].Story, f => predicted[f].Story);
            report.Metric("stories.bcubed.precision", sp);
            report.Metric("stories.bcubed.recall", sr);
            report.Metric("stories.bcubed.f1", sf);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(db + suffix);
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
