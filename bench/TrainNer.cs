using System.Diagnostics;
using System.Globalization;
using Liputan.Language.Entities;

namespace Liputan.Bench;

/// <summary>
/// Trains the entity tagger on idner-news-2k train, prints dev F1 after each iteration, and
/// writes the model (default src/Liputan/Resources/models/ner.bin). Deterministic for a seed and
/// an iteration count: dotnet run -c Release --project bench -- train-ner [--iterations N] [--seed S] [--shared DIR] [--out FILE]
/// </summary>
public static class TrainNer
{
    /// <summary>The defaults the committed model was trained with.</summary>
    public const int DefaultIterations = 12;

    /// <summary>The default shuffling seed.</summary>
    public const int DefaultSeed = 1;

    public static int Run(string shared, int iterations, int seed, string outFile)
    {
        var dir = Path.Combine(shared, "data", "ner", "idner-news-2k");
        var train = NerCorpus.Read(File.ReadLines(Path.Combine(dir, "train.txt")));
        var dev = NerCorpus.Read(File.ReadLines(Path.Combine(dir, "dev.txt")));
        Console.WriteLine(Machine.Describe());
        Console.WriteLine($"train-ner: {train.Count} train sentences, {dev.Count} dev sentences, {iterations} iterations, seed {seed}");
        var sw = Stopwatch.StartNew();
        var tagger = PerceptronTagger.Train(train, iterations, seed, (it, t) =>
        {
            var s = NerCorpus.Evaluate(t, dev);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  iteration {it,2}: dev P {s.Precision:0.0000} R {s.Recall:0.0000} F1 {s.F1:0.0000} ({sw.Elapsed.TotalSeconds:0.0} s)"));
        });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        using (var f = File.Create(outFile))
        {
            tagger.Save(f);
        }

        Console.WriteLine($"train-ner: {tagger.FeatureCount} features, wrote {outFile} ({new FileInfo(outFile).Length} bytes)");
        return 0;
    }
}
