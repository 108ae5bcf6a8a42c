namespace Liputan.Language.Tokens;

/// <summary>
/// The content words of a text: lower-cased word tokens of three letters or more that are not
/// stopwords, with the enclitic -nya folded ("pasukannya" meets "pasukan"), and numbers.
/// What similarity between sentences and articles is computed on.
/// </summary>
public static class ContentTerms
{
    /// <summary>Content terms of <paramref name="text"/>[start..end), in order, repeats kept.</summary>
    public static List<string> Of(string text, int start = 0, int end = -1)
    {
        var terms = new List<string>();
        foreach (var t in Tokenizer.Tokenize(text, start, end))
        {
            if (t.Shape == TokenShape.Number)
            {
                terms.Add(t.Normal);
                continue;
            }

            if (t.Shape != TokenShape.Word || t.Normal.Length < 3 || Stopwords.Contains(t.Normal))
            {
                continue;
            }

            terms.Add(Fold(t.Normal));
        }

        return terms;
    }

    /// <summary>Folds the commonest enclitics until the stemmer is in the loop.</summary>
    public static string Fold(string word) =>
        word.Length > 6 && word.EndsWith("nya", StringComparison.Ordinal) ? word[..^3] : word;
}
