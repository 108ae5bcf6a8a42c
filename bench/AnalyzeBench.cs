using System.Diagnostics;
using System.Globalization;
using System.Text;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Language;
using Liputan.Pipeline;

namespace Liputan.Bench;

/// <summary>
/// Sentences per second per core for the whole language pipeline (sentences, tokens, dates,
/// entities, and whatever stages are registered) over generated pages, extracted first and
/// analysed on one thread: dotnet run -c Release --project bench -- analyze [--count N]
/// </summary>
internal static class AnalyzeBench
{
    public static int Run(int count)
    {
        Console.WriteLine(Machine.Describe());
        var generator = new PageGenerator();
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var raw = new RawDocument(Encoding.UTF8.GetBytes(generator.Page(i)), $"page{i}.txt", null, DateTimeOffset.UnixEpoch);
            var x = DocumentExtractor.Default.Extract(raw);
            if (x.Success)
            {
                articles.Add(x.Article!);
            }
        }

        var pipeline = LanguagePipeline.CreateBuilder().Build();

        // Warm-up: loads the model, gazetteers and dictionary.
        foreach (var a in articles.Take(5))
        {
            pipeline.Run(a);
        }

        var sentences = 0L;
        var entities = 0L;
        var sw = Stopwatch.StartNew();
        foreach (var a in articles)
        {
            var analyzed = pipeline.Run(a);
            sentences += analyzed.Get(LanguageLayers.Sentences).Count;
            entities += analyzed.Find(LanguageLayers.Entities)?.Count ?? 0;
        }

        sw.Stop();
        var perSecond = sentences / sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"analyze: {articles.Count} articles, {sentences} sentences, {entities} entities in {sw.Elapsed.TotalSeconds:0.00} s on 1 thread: {perSecond:0} sentences/s per core, {articles.Count / sw.Elapsed.TotalSeconds:0.0} articles/s"));
        return 0;
    }
}
