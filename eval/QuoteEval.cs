using System.Text;
using Liputan.Documents;
using Liputan.Language.Quotes;

namespace Liputan.Eval;

/// <summary>
/// Quote extraction on PFSA-ID (CC BY-NC-SA: measured here only, never trained on, nothing derived
/// from it is committed).
/// <para>The text is rebuilt by joining the corpus tokens with single spaces (sentences too, since a
/// STATEMENT runs across sentence breaks and articles are not delimited), the extractor runs over
/// it, and predicted spans map back to the tokens they overlap.</para>
/// <para><b>STATEMENT F1</b>: token level. Gold = tokens inside a STATEMENT span (BILOU decoded over
/// the running token stream). Predicted = tokens overlapping a predicted <i>direct</i> quote that has
/// a cue: the corpus only tags statements in quotation marks followed by their cue (826 of 828 in
/// dev-20 are followed by CUE or CUECOREF), so indirect speech is not scored.</para>
/// <para><b>Speaker F1</b>: over (statement, speaker) pairs. Gold pair: a STATEMENT followed by a
/// U-CUE, and the first PERSON or PERSONCOREF span after that cue in the same sentence (before any
/// other STATEMENT); statements whose cue is a CUECOREF ("katanya", speaker folded into the cue) or
/// that have no such span give no pair. Predicted pair: a direct quote whose cue follows it and whose
/// speaker mention stands in the text after the cue: the name part when the mention has one,
/// otherwise the whole mention ("Presiden", "dia"). A predicted pair is correct when its speaker
/// token span equals a gold pair's speaker span exactly and its statement overlaps that pair's
/// statement (each gold pair counted once).</para>
/// </summary>
internal static class QuoteEval
{
    public static void Run(string shared, Report report)
    {
        var dir = Path.Combine(shared, "data", "quotes", "pfsa-id");
        Score(Path.Combine(dir, "dev-20.txt"), "quotes.pfsa.dev20", report);
        Score(Path.Combine(dir, "test", "test-data.txt"), "quotes.pfsa.test", report);
    }

    private sealed record Doc(string Text, List<TextSpan> Tokens, List<string> Labels, List<int> Sentence);

    private static Doc Read(string path)
    {
        var sb = new StringBuilder();
        var tokens = new List<TextSpan>();
        var labels = new List<string>();
        var sentence = new List<int>();
        var sid = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                sid++;
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var token = tab < 0 ? line : line[..tab];
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            tokens.Add(new TextSpan(sb.Length, sb.Length + token.Length));
            sb.Append(token);
            labels.Add(tab < 0 ? "O" : line[(tab + 1)..]);
            sentence.Add(sid);
        }

        return new Doc(sb.ToString(), tokens, labels, sentence);
    }

    private static List<(int Start, int End, string Type)> Spans(List<string> labels)
    {
        var spans = new List<(int, int, string)>();
        var open = -1;
        string? type = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var l = labels[i];
            if (l == "O")
            {
                open = -1;
                continue;
            }

            var p = l[0];
            var t = l[2..];
            if (p == 'U')
            {
                spans.Add((i, i + 1, t));
                open = -1;
            }
            else if (p == 'B')
            {
                open = i;
                type = t;
            }
            else if (p == 'L' && open >= 0 && type == t)
            {
                spans.Add((open, i + 1, t));
                open = -1;
            }
        }

        return spans;
    }

    private static (int First, int Last)? TokensOf(Doc doc, TextSpan span)
    {
        var lo = LowerBound(doc.Tokens, span.Start);
        var first = -1;
        var last = -1;
        for (var i = lo; i < doc.Tokens.Count && doc.Tokens[i].Start < span.End; i++)
        {
            if (doc.Tokens[i].Overlaps(span))
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        return first < 0 ? null : (first, last + 1);
    }

    private static int LowerBound(List<TextSpan> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void Score(string path, string prefix, Report report)
    {
        if (!File.Exists(path))
        {
            Report.Item(false, prefix, $"missing {path}");
            return;
        }

        var doc = Read(path);
        var spans = Spans(doc.Labels);
        var statements = spans.Where(s => s.Type == "STATEMENT").ToList();
        var gold = new bool[doc.Tokens.Count];
        foreach (var s in statements)
        {
            for (var i = s.Start; i < s.End; i++)
            {
                gold[i] = true;
            }
        }

        // Gold pairs.
        var people = spans.Where(s => s.Type is "PERSON" or "PERSONCOREF").ToDictionary(s => s.Start, s => s.End);
        var goldPairs = new List<((int Start, int End) Statement, (int Start, int End) Speaker)>();
        foreach (var s in statements)
        {
            if (s.End >= doc.Labels.Count || doc.Labels[s.End] != "U-CUE")
            {
                continue;
            }

            var sentence = doc.Sentence[s.End];
            for (var i = s.End + 1; i < doc.Labels.Count && doc.Sentence[i] == sentence && !doc.Labels[i].EndsWith("STATEMENT", StringComparison.Ordinal); i++)
            {
                if (people.TryGetValue(i, out var end))
                {
                    goldPairs.Add(((s.Start, s.End), (i, end)));
                    break;
                }
            }
        }

        var quotes = QuoteExtractor.Default.Extract(doc.Text);
        var predicted = new bool[doc.Tokens.Count];
        var predictedPairs = new List<((int Start, int End) Statement, (int Start, int End) Speaker)>();
        foreach (var q in quotes)
        {
            if (q.Kind != QuoteKind.Direct || q.Cue is null || TokensOf(doc, q.Span) is not { } st)
            {
                continue;
            }

            for (var i = st.First; i < st.Last; i++)
            {
                predicted[i] = true;
            }

            if (q.Speaker is { } sp && q.Cue.Value.Start >= q.Span.End)
            {
                var surface = sp.IsAnaphor ? sp.Mention : sp.Name ?? sp.Mention;
                if (surface.Start >= q.Cue.Value.End && TokensOf(doc, surface) is { } spk)
                {
                    predictedPairs.Add(((st.First, st.Last), (spk.First, spk.Last)));
                }
            }
        }

        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] && predicted[i])
            {
                tp++;
            }
            else if (predicted[i])
            {
                fp++;
            }
            else if (gold[i])
            {
                fn++;
            }
        }

        var used = new bool[goldPairs.Count];
        var correct = 0;
        foreach (var p in predictedPairs)
        {
            for (var g = 0; g < goldPairs.Count; g++)
            {
                var gp = goldPairs[g];
                if (!used[g] && gp.Speaker == p.Speaker && gp.Statement.Start < p.Statement.End && p.Statement.Start < gp.Statement.End)
                {
                    used[g] = true;
                    correct++;
                    break;
                }
            }
        }

        report.Metric($"{prefix}.statement_f1", F1(tp, tp + fp, tp + fn));
        report.Metric($"{prefix}.speaker_f1", F1(correct, predictedPairs.Count, goldPairs.Count));
        if (Environment.GetEnvironmentVariable("LIPUTAN_QUOTE_DEBUG") is "1")
        {
            Console.WriteLine($"# {prefix}: statements {statements.Count}, predicted quotes {quotes.Count(q => q.Kind == QuoteKind.Direct && q.Cue is not null)}, token tp {tp} fp {fp} fn {fn}; pairs gold {goldPairs.Count} predicted {predictedPairs.Count} correct {correct}");
            Debug(doc, goldPairs, predictedPairs, used);
            foreach (var g in goldPairs.Where((_, i) => !used[i]).Take(40))
            {
                var gs = new TextSpan(doc.Tokens[g.Statement.Start].Start, doc.Tokens[g.Statement.End - 1].End);
                var q = quotes.FirstOrDefault(q => q.Span.Overlaps(gs));
 if (q is null) { Console.WriteLine("#   N " + doc.Text[Math.Max(0, gs.Start - 80)..Math.Min(doc.Text.Length, gs.End + 30)].Replace('\n', ' ')); }
                Console.WriteLine($"#   Q {(q is null ? "none" : $"{q.Kind} cue={(q.Cue is { } c ? c.TextOf(doc.Text) : "-")} sp={q.Speaker?.Mention.TextOf(doc.Text)} span={q.Span.Start - gs.Start}..{q.Span.End - gs.End}")}");
            }
        }
    }

    private static void Debug(Doc doc, List<((int Start, int End) Statement, (int Start, int End) Speaker)> gold, List<((int Start, int End) Statement, (int Start, int End) Speaker)> predicted, bool[] used)
    {
        string T((int Start, int End) s) => doc.Text[doc.Tokens[s.Start].Start..doc.Tokens[s.End - 1].End];
        foreach (var (g, i) in gold.Select((g, i) => (g, i)).Where(x => !used[x.i]).Take(40))
        {
            var p = predicted.FirstOrDefault(p => g.Statement.Start < p.Statement.End && p.Statement.Start < g.Statement.End);
            Console.WriteLine($"#  gold '{T(g.Speaker)}' predicted '{(p.Speaker.End > 0 ? T(p.Speaker) : "-")}' … {T((g.Statement.End, Math.Min(doc.Tokens.Count, g.Statement.End + 12)))}");
        }
    }

    private static double F1(int correct, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)correct / predicted;
        var r = gold == 0 ? 0 : (double)correct / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
