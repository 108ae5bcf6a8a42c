namespace Liputan.Stories.Duplicates;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures by banding: a signature is cut into
/// <c>bands</c> bands of <c>rows</c> values; two items that agree on all values of any band become
/// candidates. With b bands of r rows an item pair of Jaccard s is a candidate with probability
/// 1 − (1 − s^r)^b, a step near (1/b)^(1/r). A lookup costs the items in its buckets, not the index.
/// </summary>
/// <typeparam name="T">What the index stores per signature.</typeparam>
public sealed class LshIndex<T>
    where T : notnull
{
    private readonly int _rows;
    private readonly Dictionary<(int Band, ulong Key), List<T>> _buckets = [];

    /// <summary>An index of <paramref name="bands"/> bands of <paramref name="rows"/> rows (signatures of bands × rows values).</summary>
    public LshIndex(int bands = 32, int rows = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Bands = bands;
        _rows = rows;
    }

    /// <summary>Number of bands.</summary>
    public int Bands { get; }

    /// <summary>Signature length the index expects.</summary>
    public int SignatureLength => Bands * _rows;

    /// <summary>Adds <paramref name="item"/> under <paramref name="signature"/>.</summary>
    public void Add(ReadOnlySpan<ulong> signature, T item)
    {
        for (var b = 0; b < Bands; b++)
        {
            var key = (b, BandKey(signature, b));
            if (!_buckets.TryGetValue(key, out var list))
            {
                _buckets[key] = list = [];
            }

            list.Add(item);
        }
    }

    /// <summary>Items sharing at least one band with <paramref name="signature"/>, each once, in insertion order per band.</summary>
    public IReadOnlyList<T> Candidates(ReadOnlySpan<ulong> signature)
    {
        var seen = new HashSet<T>();
        var result = new List<T>();
        for (var b = 0; b < Bands; b++)
        {
            if (_buckets.TryGetValue((b, BandKey(signature, b)), out var list))
            {
                foreach (var item in list)
                {
                    if (seen.Add(item))
                    {
                        result.Add(item);
                    }
                }
            }
        }

        return result;
    }

    private ulong BandKey(ReadOnlySpan<ulong> signature, int band)
    {
        if (signature.Length != SignatureLength)
        {
            throw new ArgumentException($"signature has {signature.Length} values, the index expects {SignatureLength}");
        }

        var h = 0xCBF29CE484222325UL;
        foreach (var v in signature.Slice(band * _rows, _rows))
        {
            h = (h ^ v) * 0x100000001B3UL;
        }

        return h;
    }
}
