using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Liputan.Stories.Events;

/// <summary>
/// The sum of a cluster's term vectors, with its squared norm kept as terms are added. While the
/// cluster can still grow it is a hash map; frozen (the cluster aged out of the time window) it
/// becomes two arrays sorted by term id, about half the memory, still readable by the story linker.
/// </summary>
internal sealed class Centroid
{
    private Dictionary<int, double>? _map = [];
    private int[] _ids = [];
    private double[] _weights = [];
    private double _squares;

    /// <summary>Euclidean norm.</summary>
    public double Norm => Math.Sqrt(Math.Max(0, _squares));

    /// <summary>Number of terms.</summary>
    public int Count => _map?.Count ?? _ids.Length;

    /// <summary>Whether the centroid was frozen into arrays (it no longer grows).</summary>
    public bool IsFrozen => _map is null;

    /// <summary>Adds an article vector.</summary>
    public void Add(TermVector v)
    {
        for (var i = 0; i < v.Count; i++)
        {
            Add(v.Ids[i], v.Weights[i]);
        }
    }

    /// <summary>Adds another centroid.</summary>
    public void Add(Centroid other)
    {
        if (other._map is { } map)
        {
            foreach (var (id, w) in map)
            {
                Add(id, w);
            }
        }
        else
        {
            for (var i = 0; i < other._ids.Length; i++)
            {
                Add(other._ids[i], other._weights[i]);
            }
        }
    }

    /// <summary>The weight of a term (0 when absent).</summary>
    public double Get(int id)
    {
        if (_map is { } map)
        {
            return map.GetValueOrDefault(id);
        }

        var i = Array.BinarySearch(_ids, id);
        return i >= 0 ? _weights[i] : 0;
    }

    /// <summary>Dot product with an article vector.</summary>
    public double Dot(TermVector v)
    {
        double dot = 0;
        for (var i = 0; i < v.Count; i++)
        {
            dot += v.Weights[i] * Get(v.Ids[i]);
        }

        return dot;
    }

    /// <summary>Dot product of two centroids, walking the smaller one.</summary>
    public static double Dot(Centroid a, Centroid b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        if (small._map is { } map)
        {
            foreach (var (id, w) in map)
            {
                dot += w * large.Get(id);
            }
        }
        else
        {
            for (var i = 0; i < small._ids.Length; i++)
            {
                dot += small._weights[i] * large.Get(small._ids[i]);
            }
        }

        return dot;
    }

    /// <summary>Cosine of two centroids (0 when either is empty).</summary>
    public static double Cosine(Centroid a, Centroid b) =>
        a.Count == 0 || b.Count == 0 ? 0 : Dot(a, b) / (a.Norm * b.Norm);

    /// <summary>Freezes the centroid into sorted arrays.</summary>
    public void Freeze()
    {
        if (_map is not { } map)
        {
            return;
        }

        _ids = new int[map.Count];
        _weights = new double[map.Count];
        map.Keys.CopyTo(_ids, 0);
        map.Values.CopyTo(_weights, 0);
        Array.Sort(_ids, _weights);
        _map = null;
    }

    /// <summary>Terms and weights (sorted by id when frozen).</summary>
    public IEnumerable<(int Id, double Weight)> Entries()
    {
        if (_map is { } map)
        {
            foreach (var (id, w) in map)
            {
                yield return (id, w);
            }

            yield break;
        }

        for (var i = 0; i < _ids.Length; i++)
        {
            yield return (_ids[i], _weights[i]);
        }
    }

    internal void OfferTo(TopTerms top)
    {
        if (_map is { } map)
        {
            foreach (var (id, w) in map)
            {
                top.Offer(id, w);
            }

            return;
        }

        for (var i = 0; i < _ids.Length; i++)
        {
            top.Offer(_ids[i], _weights[i]);
        }
    }

    private void Add(int id, double w)
    {
        if (_map is not { } map)
        {
            throw new InvalidOperationException("a frozen centroid does not grow");
        }

        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(map, id, out _);
        // (s + w)² − s²: the squared norm follows each addition without a pass over the map.
        _squares += (2 * slot * w) + (w * w);
        slot += w;
    }

    /// <summary>The centroid as bytes: its squared norm, then (term id, weight) pairs; <see cref="Read"/> restores it exactly.</summary>
    public byte[] Write()
    {
        var n = Count;
        var bytes = new byte[8 + 4 + (n * 12)];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteDoubleLittleEndian(span, _squares);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], n);
        var at = 12;
        foreach (var (id, w) in Entries())
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], id);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(at + 4)..], w);
            at += 12;
        }

        return bytes;
    }

    /// <summary>A centroid written by <see cref="Write"/>: growable, or frozen.</summary>
    public static Centroid Read(ReadOnlySpan<byte> bytes, bool frozen)
    {
        var c = new Centroid { _squares = BinaryPrimitives.ReadDoubleLittleEndian(bytes) };
        var n = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        var ids = new int[n];
        var weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            ids[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(12 + (i * 12))..]);
            weights[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(16 + (i * 12))..]);
        }

        if (frozen)
        {
            Array.Sort(ids, weights);
            c._ids = ids;
            c._weights = weights;
            c._map = null;
        }
        else
        {
            // Insertion order as written: sums and norms continue exactly as before the save.
            c._map = new Dictionary<int, double>(n);
            for (var i = 0; i < n; i++)
            {
                c._map[ids[i]] = weights[i];
            }
        }

        return c;
    }
}
