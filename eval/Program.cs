using Liputan.Eval;

// The accuracy harness: one line per metric (name value gate PASS|FAIL), item lines for the
// seed checks, and a non-zero exit when any metric is under its gate (eval/gates.json).
var sharedArg = args.SkipWhile(a => a != "--shared").Skip(1).FirstOrDefault();
var shared = Paths.Shared(sharedArg);
if (!Directory.Exists(shared))
{
    Console.Error.WriteLine($"eval: shared data not found at '{shared}' (set --shared or LIPUTAN_SHARED)");
    return 2;
}

var root = Paths.RepoRoot();
if (args.Contains("--tune-stories"))
{
    StoryTuning.Run(Path.Combine(root, "eval", "corpus", "events"));
    return 0;
}

var report = Report.Load(Path.Combine(root, "eval", "gates.json"));
if (args.Contains("--events-only"))
{
    // The labelled event corpus alone (quick while working on the clustering); gates not checked.
    EventCorpus.Run(Path.Combine(root, "eval", "corpus", "events"), report);
    return 0;
}

if (args.Contains("--extraction-only"))
{
    // The two HTML benchmarks alone (quick while working on extraction); gates not checked.
    ExtractionEval.Run(shared, report);
    return 0;
}

SeedChecks.Run(shared, report);
EventCorpus.Run(Path.Combine(root, "eval", "corpus", "events"), report);
CoverageEval.Run(shared, root, report);
SeedCoverageChecks.Run(shared, report);
NerEval.Run(shared, report);
QuoteEval.Run(shared, report);
SeedLanguageChecks.Run(shared, report);
ExtractionEval.Run(shared, report);

foreach (var missing in report.MissingMetrics)
{
    Console.WriteLine($"{missing} - {report.Gates[missing]:0.0000} FAIL (metric not computed)");
}

var failures = report.Failures + report.MissingMetrics.Count();
Console.WriteLine(failures == 0 ? "eval: all gates pass" : $"eval: {failures} metric(s) under their gate");
return failures == 0 ? 0 : 1;
