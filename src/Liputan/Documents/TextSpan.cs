namespace Liputan.Documents;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units over an article's body string.
/// Every paragraph, sentence, token and annotation is one of these; text is rendered from
/// spans, never copied into the model.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered text of <paramref name="body"/>.</summary>
    public ReadOnlySpan<char> Of(string body) => body.AsSpan(Start, End - Start);

    /// <summary>The covered text as a new string (for rendering at the edges only).</summary>
    public string TextOf(string body) => body.Substring(Start, End - Start);

    /// <summary>True when <paramref name="other"/> lies within this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;
}
