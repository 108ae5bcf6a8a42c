using System.Buffers.Binary;

namespace Liputan.Stories.Events;

/// <summary>
/// The sum of a cluster's term vectors: two arrays sorted by term id (12 bytes a term, a third of
/// a hash map's), with its squared norm kept as terms are added. Adding merges the sorted arrays;
/// a dot product with an article walks both sorted lists once. Frozen once the cluster aged out of
/// the time window: it no longer grows, only the story linker reads it.
/// </summary>
internal sealed class Centroid
{
    private int[] _ids = [];
    private double[] _weights = [];
    private double _squares;

    /// <summary>Euclidean norm.</summary>
    public double Norm => Math.Sqrt(Math.Max(0, _squares));

    /// <summary>Number of terms.</summary>
    public int Count => _ids.Length;

    /// <summary>Whether the centroid was frozen (it no longer grows).</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>Adds an article vector (its ids sorted).</summary>
    public void Add(TermVector v) => Add(v.Ids, v.Weights);

    /// <summary>Adds another centroid.</summary>
    public void Add(Centroid other) => Add(other._ids, other._weights);

    /// <summary>Dot product with an article vector (its ids sorted).</summary>
    public double Dot(TermVector v) => Dot(v.Ids, v.Weights, _ids, _weights);

    /// <summary>
    /// Dot product with a spread-out article vector: the same sum as <see cref="Dot(TermVector)"/>
    /// to the last bit. Both add the shared terms' products in term-id order; a term the article
    /// lacks adds a product of ±0, which leaves the sum as it is (it starts at +0 and cannot become −0;
    /// weights are finite, so no 0 × ∞ turns it into NaN).
    /// </summary>
    public double Dot(DenseVector v)
    {
        var dense = v.Weights;
        double dot = 0;
        for (var j = 0; j < _ids.Length; j++)
        {
            dot += dense[_ids[j]] * _weights[j];
        }

        return dot;
    }

    /// <summary>Dot product of two centroids.</summary>
    public static double Dot(Centroid a, Centroid b) => Dot(a._ids, a._weights, b._ids, b._weights);

    /// <summary>Cosine of two centroids (0 when either is empty).</summary>
    public static double Cosine(Centroid a, Centroid b) =>
        a.Count == 0 || b.Count == 0 ? 0 : Dot(a, b) / (a.Norm * b.Norm);

    /// <summary>Freezes the centroid.</summary>
    public void Freeze() => IsFrozen = true;

    /// <summary>Terms and weights, by term id.</summary>
    public IEnumerable<(int Id, double Weight)> Entries()
    {
        for (var i = 0; i < _ids.Length; i++)
        {
            yield return (_ids[i], _weights[i]);
        }
    }

    /// <summary>The centroid as bytes: its squared norm, then (term id, weight) pairs; <see cref="Read"/> restores it exactly.</summary>
    public byte[] Write()
    {
        var n = Count;
        var bytes = new byte[8 + 4 + (n * 12)];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteDoubleLittleEndian(span, _squares);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], n);
        for (var i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[(12 + (i * 12))..], _ids[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(16 + (i * 12))..], _weights[i]);
        }

        return bytes;
    }

    /// <summary>A centroid written by <see cref="Write"/>: growable, or frozen.</summary>
    public static Centroid Read(ReadOnlySpan<byte> bytes, bool frozen)
    {
        if (bytes.Length < 12)
        {
            throw new InvalidDataException("a stored centroid is truncated");
        }

        var n = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        if (n < 0 || bytes.Length != 12 + (n * 12))
        {
            throw new InvalidDataException("a stored centroid has the wrong length");
        }

        var c = new Centroid { _squares = BinaryPrimitives.ReadDoubleLittleEndian(bytes), _ids = new int[n], _weights = new double[n], IsFrozen = frozen };
        for (var i = 0; i < n; i++)
        {
            c._ids[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(12 + (i * 12))..]);
            c._weights[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(16 + (i * 12))..]);
        }

        return c;
    }

    internal void OfferTo(TopTerms top)
    {
        for (var i = 0; i < _ids.Length; i++)
        {
            top.Offer(_ids[i], _weights[i]);
        }
    }

    private static double Dot(int[] ai, double[] aw, int[] bi, double[] bw)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < ai.Length && j < bi.Length)
        {
            var x = ai[i];
            var y = bi[j];
            if (x == y)
            {
                dot += aw[i++] * bw[j++];
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }

    private void Add(int[] ids, double[] weights)
    {
        if (IsFrozen)
        {
            throw new InvalidOperationException("a frozen centroid does not grow");
        }

        if (ids.Length == 0)
        {
            return;
        }

        var union = _ids.Length + ids.Length;
        for (int i = 0, j = 0; i < _ids.Length && j < ids.Length;)
        {
            if (_ids[i] == ids[j])
            {
                union--;
                i++;
                j++;
            }
            else if (_ids[i] < ids[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var newIds = new int[union];
        var newWeights = new double[union];
        int a = 0, b = 0, k = 0;
        while (a < _ids.Length || b < ids.Length)
        {
            if (b == ids.Length || (a < _ids.Length && _ids[a] < ids[b]))
            {
                newIds[k] = _ids[a];
                newWeights[k++] = _weights[a++];
                continue;
            }

            var s = 0.0;
            if (a < _ids.Length && _ids[a] == ids[b])
            {
                s = _weights[a++];
            }

            var w = weights[b];
            // (s + w)² − s²: the squared norm follows each addition without a pass over the terms.
            _squares += (2 * s * w) + (w * w);
            newIds[k] = ids[b++];
            newWeights[k++] = s + w;
        }

        _ids = newIds;
        _weights = newWeights;
    }
}
