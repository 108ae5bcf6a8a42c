namespace Liputan.Stories.Events;

/// <summary>An article's term weights over interned ids (parallel arrays sorted by id).</summary>
internal sealed class TermVector(int[] ids, double[] weights)
{
    /// <summary>The term ids.</summary>
    public int[] Ids { get; } = ids;

    /// <summary>The weights, one per id.</summary>
    public double[] Weights { get; } = weights;

    /// <summary>Number of terms.</summary>
    public int Count => Ids.Length;
}
