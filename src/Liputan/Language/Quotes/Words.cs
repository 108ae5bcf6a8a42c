using Liputan.Documents;

namespace Liputan.Language.Quotes;

/// <summary>Word scanning over raw text for the quote rules.</summary>
internal static class Words
{
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’';

    /// <summary>The next word at or after <paramref name="position"/>, skipping at most a few non-word characters.</summary>
    public static TextSpan? Next(string text, int position, int maxGap = 4)
    {
        var i = position;
        var skipped = 0;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            if (!char.IsWhiteSpace(text[i]) && ++skipped > maxGap)
            {
                return null;
            }

            i++;
        }

        if (i >= text.Length)
        {
            return null;
        }

        var start = i;
        while (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1])))
        {
            i++;
        }

        return new TextSpan(start, i);
    }

    /// <summary>The word ending at or before <paramref name="position"/>.</summary>
    public static TextSpan? Previous(string text, int position, int maxGap = 4)
    {
        var i = position - 1;
        var skipped = 0;
        while (i >= 0 && !IsWordChar(text[i]))
        {
            if (!char.IsWhiteSpace(text[i]) && ++skipped > maxGap)
            {
                return null;
            }

            i--;
        }

        if (i < 0)
        {
            return null;
        }

        var end = i + 1;
        while (i >= 0 && (IsWordChar(text[i]) || IsJoiner(text[i]) && i > 0 && IsWordChar(text[i - 1])))
        {
            i--;
        }

        return new TextSpan(i + 1, end);
    }

    /// <summary>The text between two positions.</summary>
    public static string Gap(string text, int from, int to) => from >= to ? string.Empty : text[from..to];

    /// <summary>Moves <paramref name="end"/> left over whitespace and commas.</summary>
    public static int TrimEnd(string text, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return end;
    }

    /// <summary>Moves <paramref name="start"/> right over whitespace and commas.</summary>
    public static int TrimStart(string text, int start, int limit)
    {
        while (start < limit && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':'))
        {
            start++;
        }

        return start;
    }
}
