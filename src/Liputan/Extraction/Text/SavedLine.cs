namespace Liputan.Extraction.Text;

/// <summary>One non-empty line of a saved page, with its 1-based line number and its class.</summary>
internal sealed class SavedLine(int number, string text)
{
    public int Number { get; } = number;

    public string Text { get; set; } = text;

    public LineKind Kind { get; set; } = LineKind.Text;

    public int Words { get; } = CountWords(text);

    public string Key { get; } = TextNormalizer.FoldForComparison(text);

    /// <summary>Ends like a sentence: . ! ? … or a closing quote or bracket after one.</summary>
    public bool Terminated
    {
        get
        {
            var t = Text.AsSpan().TrimEnd();
            while (t.Length > 0 && t[^1] is '"' or '”' or '’' or '\'' or ')' or ']' or '»')
            {
                t = t[..^1].TrimEnd();
            }

            return t.Length > 0 && t[^1] is '.' or '!' or '?' or '…' or ':';
        }
    }

    public bool StartsWithQuote => Text.Length > 0 && Text[0] is '"' or '“' or '‘' or '\'' or '«' or '„';

    private static int CountWords(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                n++;
            }
        }

        return n;
    }
}
