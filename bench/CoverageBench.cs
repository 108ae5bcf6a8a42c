using System.Diagnostics;
using System.Globalization;
using Liputan.Coverage;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Stories.Events;

namespace Liputan.Bench;

/// <summary>Time to synthesise the coverage view of one story of N articles (issue 6: 200 in &lt; 200 ms).</summary>
internal static class CoverageBench
{
    public static int Run(int articles, int runs)
    {
        var generator = new PageGenerator(seed: 11);
        var list = new List<Article>(articles);
        for (var i = 0; i < articles; i++)
        {
            // One event, told by many outlets in different words.
            var page = generator.Page(i, eventId: 0);
            var r = DocumentExtractor.Default.Extract(new RawDocument(System.Text.Encoding.UTF8.GetBytes(page), $"p{i}.txt", null, DateTimeOffset.UnixEpoch));
            if (r.Success && list.All(a => a.Id != r.Article!.Id))
            {
                list.Add(r.Article!);
            }
        }

        var events = new[] { new EventGroup("e", "s", list.Select(a => a.Id).ToList(), null, []) };
        var byId = list.ToDictionary(a => a.Id);
        var builder = new CoverageBuilder();
        var times = new List<double>();
        StoryCoverage? last = null;
        for (var i = 0; i < runs + 1; i++)
        {
            var watch = Stopwatch.StartNew();
            var view = StoryViewBuilder.Build(new StoryGroup("s", ["e"], []), events, id => byId[id]);
            last = builder.Build(view, list);
            watch.Stop();
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // the first run warms up the JIT
            }
        }

        times.Sort();
        var line = string.Create(CultureInfo.InvariantCulture, $"articles={list.Count} runs={runs} median_ms={times[times.Count / 2]:0.0} min_ms={times[0]:0.0} max_ms={times[^1]:0.0} summary={last!.Summary.Count} timeline={last.Timeline.Count} facts={last.Facts.Count} one_sided={last.OneSided.Count} contradictions={last.Contradictions.Count}");
        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine(line);
        Directory.CreateDirectory(Path.Combine("bench", "out"));
        File.WriteAllLines(Path.Combine("bench", "out", "coverage.txt"), [$"# {Machine.Describe()}", line]);
        return 0;
    }
}
