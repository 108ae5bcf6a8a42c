using System.Runtime.InteropServices;

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

    // Buckets are chains through two flat arrays (first and last entry per bucket), not a list
    // per bucket: most buckets hold one item, and a list object each would weigh more than the item.
    private readonly Dictionary<ulong, (int Head, int Tail)> _buckets = [];
    private T[] _items = new T[256];
    private int[] _next = new int[256];
    private int _entries;

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

    /// <summary>Items added so far.</summary>
    public int Count => _entries / Bands;

    /// <summary>Adds <paramref name="item"/> under <paramref name="signature"/>.</summary>
    public void Add(ReadOnlySpan<ulong> signature, T item)
    {
        Check(signature);
        if (_entries + Bands > _items.Length)
        {
            var size = Math.Max(_items.Length * 2, _entries + Bands);
            Array.Resize(ref _items, size);
            Array.Resize(ref _next, size);
        }

        for (var b = 0; b < Bands; b++)
        {
            var e = _entries++;
            _items[e] = item;
            _next[e] = -1;
            ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets, BandKey(signature, b), out var exists);
            if (exists)
            {
                _next[bucket.Tail] = e;
                bucket.Tail = e;
            }
            else
            {
                bucket = (e, e);
            }
        }
    }

    /// <summary>Items sharing at least one band with <paramref name="signature"/>, each once, in insertion order per band.</summary>
    public IReadOnlyList<T> Candidates(ReadOnlySpan<ulong> signature)
    {
        Check(signature);
        HashSet<T>? seen = null;
        var result = new List<T>();
        for (var b = 0; b < Bands; b++)
        {
            if (_buckets.TryGetValue(BandKey(signature, b), out var bucket))
            {
                for (var e = bucket.Head; e >= 0; e = _next[e])
                {
                    if ((seen ??= []).Add(_items[e]))
                    {
                        result.Add(_items[e]);
                    }
                }
            }
        }

        return result;
    }

    private void Check(ReadOnlySpan<ulong> signature)
    {
        if (signature.Length != SignatureLength)
        {
            throw new ArgumentException($"signature has {signature.Length} values, the index expects {SignatureLength}");
        }
    }

    // FNV-1a over the band's values, started from the band number: one key space for all bands.
    private ulong BandKey(ReadOnlySpan<ulong> signature, int band)
    {
        var h = 0xCBF29CE484222325UL ^ ((ulong)(band + 1) * 0x9E3779B97F4A7C15UL);
        foreach (var v in signature.Slice(band * _rows, _rows))
        {
            h = (h ^ v) * 0x100000001B3UL;
        }

        return h;
    }
}
