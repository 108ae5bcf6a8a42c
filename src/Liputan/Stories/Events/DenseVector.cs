namespace Liputan.Stories.Events;

/// <summary>
/// One article's vector spread over an array indexed by term id, while it is compared with its
/// candidate events: a dot product then reads the array once per centroid term, with none of the
/// unpredictable comparisons of a merge walk (some 40 candidates and three vectors an article).
/// </summary>
internal sealed class DenseVector
{
    private double[] _weights = new double[1024];
    private int[] _ids = [];

    /// <summary>Weights by term id; zero for the terms the vector lacks.</summary>
    public double[] Weights => _weights;

    /// <summary>Spreads <paramref name="v"/> out; every id is below <paramref name="terms"/>.</summary>
    public void Load(TermVector v, int terms)
    {
        Clear();
        if (_weights.Length < terms)
        {
            Array.Resize(ref _weights, Math.Max(terms, _weights.Length * 2));
        }

        // Named before the writes, so a clear undoes them even after a failure half way.
        _ids = v.Ids;
        for (var i = 0; i < v.Ids.Length; i++)
        {
            _weights[v.Ids[i]] = v.Weights[i];
        }
    }

    /// <summary>Zeroes the loaded vector's entries, so the array is all zeros between articles.</summary>
    public void Clear()
    {
        foreach (var id in _ids)
        {
            _weights[id] = 0;
        }

        _ids = [];
    }
}
