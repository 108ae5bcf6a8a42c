using Liputan.Language.Entities;

namespace Liputan.Eval;

/// <summary>
/// Entity-level micro precision, recall and F1 (exact span and type, as conlleval) of the
/// committed entity tagger on idner-news-2k test.
/// </summary>
internal static class NerEval
{
    public static void Run(string shared, Report report)
    {
        var path = Path.Combine(shared, "data", "ner", "idner-news-2k", "test.txt");
        if (!File.Exists(path))
        {
            Console.WriteLine("ner: no test set at " + path);
            return;
        }

        var score = NerCorpus.Evaluate(NerModel.Default, NerCorpus.Read(File.ReadLines(path)));
        Console.WriteLine($"ner: idner-news-2k test: {score.Gold} gold, {score.Predicted} predicted, {score.Correct} correct entities");
        report.Metric("ner.idner.test.precision", score.Precision);
        report.Metric("ner.idner.test.recall", score.Recall);
        report.Metric("ner.idner.test.f1", score.F1);
    }
}
