namespace Liputan.Language.Entities;

/// <summary>
/// CoNLL-style NER data (one "token [pos] tag" line per token, a blank line between
/// sentences) and entity-level scoring in the manner of conlleval: a predicted entity counts
/// only when its span and type both equal a gold entity.
/// </summary>
public static class NerCorpus
{
    /// <summary>Reads sentences from CoNLL lines: the first column is the word, the last the tag.</summary>
    public static List<TaggedSentence> Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in lines.Append(string.Empty))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    result.Add(new TaggedSentence([.. words], [.. tags]));
                    words.Clear();
                    tags.Clear();
                }

                continue;
            }

            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            words.Add(cols[0]);
            tags.Add(cols.Length > 1 ? cols[^1] : "O");
        }

        return result;
    }

    /// <summary>The entities of a BIO tag sequence as (start, end-exclusive, type); a stray I- starts an entity (conlleval).</summary>
    public static List<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var result = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var t = i < tags.Count ? tags[i] : "O";
            var tType = t.Length > 2 ? t[2..] : null;
            var begins = t.StartsWith("B-", StringComparison.Ordinal) || (t.StartsWith("I-", StringComparison.Ordinal) && tType != type);
            if (type is not null && (t == "O" || begins))
            {
                result.Add((start, i, type));
                type = null;
            }

            if (begins)
            {
                start = i;
                type = tType;
            }
        }

        return result;
    }

    /// <summary>Entity-level micro precision, recall and F1 over pairs of gold and predicted tag sequences.</summary>
    public static NerScore Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int gold = 0, predicted = 0, correct = 0;
        foreach (var (g, p) in pairs)
        {
            var gc = Chunks(g);
            var pc = Chunks(p);
            gold += gc.Count;
            predicted += pc.Count;
            correct += pc.Count(gc.Contains);
        }

        return new NerScore(gold, predicted, correct);
    }

    /// <summary>Tags every sentence with <paramref name="tagger"/> and scores it against the gold tags.</summary>
    public static NerScore Evaluate(PerceptronTagger tagger, IEnumerable<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        return Score(sentences.Select(s => (s.Tags, (IReadOnlyList<string>)tagger.Tag(s.Words))));
    }
}

/// <summary>Counts of an entity-level evaluation.</summary>
/// <param name="Gold">Gold entities.</param>
/// <param name="Predicted">Predicted entities.</param>
/// <param name="Correct">Predicted entities equal (span and type) to a gold one.</param>
public sealed record NerScore(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
