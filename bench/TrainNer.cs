using System.Diagnostics;
using System.Globalization;
using Liputan.Language.Entities;

namespace Liputan.Bench;

/// <summary>
/// Trains the entity tagger on idner-news-2k train, prints dev F1 (after each iteration for a
/// single seed; of the averaged model for several), and writes the model (default
/// src/Liputan/Resources/models/ner.bin). Deterministic for the seeds and an iteration count:
/// dotnet run -c Release --project bench -- train-ner [--iterations N] [--seeds 1,2,3,4] [--shared DIR] [--out FILE]
/// </summary>
public static class TrainNer
{
    /// <summary>The defaults the committed model was trained with.</summary>
    public const int DefaultIterations = 20;

    /// <summary>The default shuffling seeds (one run each, weights averaged).</summary>
    public const string DefaultSeeds = "1,2,3,4";

    public static int Run(string shared, int iterations, string seedList, string outFile)
    {
        var seeds = seedList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => int.TryParse(x, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"train-ner: '{x}' is not a seed"))
            .ToArray();
        var dir = Path.Combine(shared, "data", "ner", "idner-news-2k");
        var train = NerCorpus.Read(File.ReadLines(Path.Combine(dir, "train.txt")));
        var dev = NerCorpus.Read(File.ReadLines(Path.Combine(dir, "dev.txt")));
        Console.WriteLine(Machine.Describe());
        Console.WriteLine($"train-ner: {train.Count} train sentences, {dev.Count} dev sentences, {iterations} iterations, seeds {string.Join(',', seeds)}");
        var sw = Stopwatch.StartNew();
        var tagger = seeds.Length == 1
            ? PerceptronTagger.Train(train, iterations, seeds[0], (it, t) =>
            {
                var s = NerCorpus.Evaluate(t, dev);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  iteration {it,2}: dev P {s.Precision:0.0000} R {s.Recall:0.0000} F1 {s.F1:0.0000} ({sw.Elapsed.TotalSeconds:0.0} s)"));
            })
            : PerceptronTagger.TrainAveraged(train, iterations, seeds);
        var final = NerCorpus.Evaluate(tagger, dev);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  model: dev P {final.Precision:0.0000} R {final.Recall:0.0000} F1 {final.F1:0.0000} ({sw.Elapsed.TotalSeconds:0.0} s)"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        using (var f = File.Create(outFile))
        {
            tagger.Save(f);
        }

        Console.WriteLine($"train-ner: {tagger.FeatureCount} features, wrote {outFile} ({new FileInfo(outFile).Length} bytes)");
        return 0;
    }
    /// <summary>
    /// How much the test figure depends on the shuffling seeds: trains the default configuration
    /// with <paramref name="sets"/> disjoint seed sets and prints dev and test F1 of each. A
    /// measurement of variance, never a selection: the committed model stays the default seeds.
    /// </summary>
    public static int Spread(string shared, int sets)
    {
        var dir = Path.Combine(shared, "data", "ner", "idner-news-2k");
        var train = NerCorpus.Read(File.ReadLines(Path.Combine(dir, "train.txt")));
        var dev = NerCorpus.Read(File.ReadLines(Path.Combine(dir, "dev.txt")));
        var test = NerCorpus.Read(File.ReadLines(Path.Combine(dir, "test.txt")));
        var width = DefaultSeeds.Split(',').Length;
        Console.WriteLine(Machine.Describe());
        var tests = new List<double>();
        for (var k = 0; k < sets; k++)
        {
            var seeds = Enumerable.Range((k * width) + 1, width).ToArray();
            var tagger = PerceptronTagger.TrainAveraged(train, DefaultIterations, seeds);
            var d = NerCorpus.Evaluate(tagger, dev);
            var t = NerCorpus.Evaluate(tagger, test);
            tests.Add(t.F1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeds {string.Join(',', seeds)}: dev F1 {d.F1:0.0000}  test F1 {t.F1:0.0000} (P {t.Precision:0.0000} R {t.Recall:0.0000})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ner-spread: test F1 mean {tests.Average():0.0000}, min {tests.Min():0.0000}, max {tests.Max():0.0000} over {sets} seed sets"));
        return 0;
    }
}
