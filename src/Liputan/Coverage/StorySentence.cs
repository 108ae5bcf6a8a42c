using Liputan.Documents;

namespace Liputan.Coverage;

/// <summary>A sentence of one of a story's articles, with what the coverage builder needs of it.</summary>
internal sealed class StorySentence(Article article, TextSpan span, int index, int count, HashSet<string> terms, Dictionary<string, double> vector)
{
    public Article Article { get; } = article;

    public TextSpan Span { get; } = span;

    /// <summary>Position of the sentence in its article, 0-based.</summary>
    public int Index { get; } = index;

    /// <summary>Relative position in the article, 0 (lead) to 1 (end).</summary>
    public double Position => count <= 1 ? 0 : (double)Index / (count - 1);

    public HashSet<string> Terms { get; } = terms;

    public Dictionary<string, double> Vector { get; } = vector;

    public string Outlet => Article.Outlet?.Name ?? "(unknown outlet)";

    public string Text => Span.TextOf(Article.Body);

    public Citation Cite() => new(Article.Id.ToString(), Article.Outlet?.Name, Span.Start, Span.End, Text);

    /// <summary>Share of this sentence's terms that <paramref name="other"/> also has.</summary>
    public double ContainedIn(StorySentence other)
    {
        if (Terms.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var t in Terms)
        {
            if (other.Terms.Contains(t))
            {
                shared++;
            }
        }

        return (double)shared / Terms.Count;
    }

    public double Cosine(Dictionary<string, double> other)
    {
        var (a, b) = Vector.Count <= other.Count ? (Vector, other) : (other, Vector);
        double dot = 0;
        foreach (var (t, w) in a)
        {
            if (b.TryGetValue(t, out var w2))
            {
                dot += w * w2;
            }
        }

        return dot;
    }
}
