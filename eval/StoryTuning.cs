using System.Globalization;
using Liputan.Documents;
using Liputan.Storage.Sqlite;
using Liputan.Stories.Events;
using Liputan.Workflows;

namespace Liputan.Eval;

/// <summary>
/// Grid search of the clustering thresholds on half of the labelled corpus (the stories with an
/// even number: the tuning half), reporting the other half (odd stories: the check half).
/// Run: <c>dotnet run -c Release --project eval -- --tune-stories</c>. Never reads the seeds.
/// </summary>
internal static class StoryTuning
{
    public static void Run(string folder)
    {
        var gold = File.ReadAllLines(Path.Combine(folder, "labels.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => (Event: c[1], Story: c[2]));
        var db = Path.Combine(Path.GetTempPath(), $"liputan-tune-{Environment.ProcessId}.db");
        List<(string File, ArticleFeatures Features)> all;
        using (var store = SqliteStore.Open(db))
        {
            new IngestWorkflow(store).Run(gold.Keys.Select(f => Path.Combine(folder, f)).ToList());
            all = store.Articles().Select(a => (Path.GetFileName(a.Source!), ArticleFeatures.Of(a))).ToList();
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(db + suffix);
        }

        bool Even(string file) => int.Parse(gold[file].Story[1..], CultureInfo.InvariantCulture) % 2 == 0;
        var tune = all.Where(x => Even(x.File)).ToList();
        var check = all.Where(x => !Even(x.File)).ToList();
        var results = new List<(double Score, ClusteringOptions Options)>();
        foreach (var ev in new[] { 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25 })
        {
            foreach (var st in new[] { 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5 })
            {
                foreach (var ew in new[] { 0.2, 0.4, 0.6 })
                {
                    foreach (var sew in new[] { 0.4, 0.6, 0.8 })
                    {
                        var o = ClusteringOptions.Default with { EventThreshold = ev, StoryThreshold = st, EntityWeight = ew, BodyWeight = 0.9 - ew, StoryEntityWeight = sew };
                        var (e, s) = Score(tune, gold, o);
                        var score = e + s;
                        if (Environment.GetEnvironmentVariable("LIPUTAN_TUNE_VERBOSE") == "1")
                        {
                            var (ce0, cs0) = Score(check, gold, o);
                            Console.WriteLine($"grid ev={ev} st={st} ew={ew} sew={sew} tune {e:0.000} {s:0.000} check {ce0:0.000} {cs0:0.000}");
                        }

                        results.Add((score, o));
                    }
                }
            }
        }

        // Many settings tie on the small tuning half: take the middle of the best plateau (in grid
        // order: event threshold, then story threshold), the setting furthest from its edges.
        var top = results.Max(r => r.Score);
        var plateau = results.Where(r => r.Score >= top - 1e-9).ToList();
        var best = plateau[plateau.Count / 2];
        Console.WriteLine($"tune: {plateau.Count} of {results.Count} settings reach the best tuning score {top / 2:0.0000}");
        var (te, ts) = Score(tune, gold, best.Options);
        var (ce, cs) = Score(check, gold, best.Options);
        var (ae, @as) = Score(all, gold, best.Options);
        Console.WriteLine($"tune: best {best.Options}");
        Console.WriteLine($"tune: tuning half  events F1 {te:0.0000} stories F1 {ts:0.0000} ({tune.Count} articles)");
        Console.WriteLine($"tune: check half   events F1 {ce:0.0000} stories F1 {cs:0.0000} ({check.Count} articles)");
        Console.WriteLine($"tune: whole corpus events F1 {ae:0.0000} stories F1 {@as:0.0000}");
    }

    private static (double Events, double Stories) Score(List<(string File, ArticleFeatures Features)> items, Dictionary<string, (string Event, string Story)> gold, ClusteringOptions o)
    {
        var g = new OnlineEventClusterer(o).Group(items.Select(x => x.Features).ToList());
        var byArticle = new Dictionary<ArticleId, (string Event, string Story)>();
        foreach (var e in g.Events)
        {
            foreach (var a in e.Articles)
            {
                byArticle[a] = (e.Id, e.StoryId);
            }
        }

        var files = items.Select(x => x.File).ToList();
        var pred = items.ToDictionary(x => x.File, x => byArticle[x.Features.Id]);
        var (_, _, ef) = EventCorpus.BCubed(files, f => gold[f].Event, f => pred[f].Event);
        var (_, _, sf) = EventCorpus.BCubed(files, f => gold[f].Story, f => pred[f].Story);
        return (ef, sf);
    }
}
