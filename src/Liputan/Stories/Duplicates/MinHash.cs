using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Liputan.Documents;
using Liputan.Language.Tokens;

namespace Liputan.Stories.Duplicates;

/// <summary>
/// MinHash signatures over word shingles (Broder 1997): the share of equal positions in two
/// signatures estimates the Jaccard similarity of the two texts' shingle sets.
/// </summary>
public sealed class MinHash
{
    /// <summary>Words per shingle.</summary>
    public const int DefaultShingle = 5;

    /// <summary>Hash functions per signature.</summary>
    public const int DefaultLength = 128;

    private readonly ulong[] _seeds;

    /// <summary>A MinHash with <paramref name="length"/> hash functions over shingles of <paramref name="shingle"/> words.</summary>
    public MinHash(int length = DefaultLength, int shingle = DefaultShingle)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingle, 1);
        Shingle = shingle;
        _seeds = new ulong[length];
        var s = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < length; i++)
        {
            s = Mix(s + (ulong)i + 1);
            _seeds[i] = s;
        }
    }

    /// <summary>Words per shingle.</summary>
    public int Shingle { get; }

    /// <summary>Hash functions per signature.</summary>
    public int Length => _seeds.Length;

    /// <summary>Hashes of the word shingles of <paramref name="text"/> (lower-cased words and numbers; punctuation ignored).</summary>
    public IReadOnlySet<ulong> Shingles(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Shingles(Tokenizer.Tokenize(text));
    }

    /// <summary>Hashes of the word shingles of a text's <paramref name="tokens"/> (its whole <see cref="Tokenizer"/> output).</summary>
    public IReadOnlySet<ulong> Shingles(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        // A shingle's hash is the hash of its words' hashes in order: no string per shingle.
        var words = new List<ulong>();
        foreach (var t in tokens)
        {
            if (t.Shape is TokenShape.Word or TokenShape.Number)
            {
                words.Add(XxHash64.Hash(t.Normal.AsSpan()));
            }
        }

        var set = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return set;
        }

        var k = Math.Min(Shingle, words.Count);
        var span = CollectionsMarshal.AsSpan(words);
        for (var i = 0; i + k <= words.Count; i++)
        {
            set.Add(XxHash64.Hash(MemoryMarshal.AsBytes(span.Slice(i, k))));
        }

        return set;
    }

    /// <summary>The signature of <paramref name="text"/>.</summary>
    public ulong[] Signature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Signature(Tokenizer.Tokenize(text));
    }

    /// <summary>
    /// The signature of a text's <paramref name="tokens"/>: that of <see cref="Shingles(IReadOnlyList{Token})"/>,
    /// with the shingle hashes sorted and deduplicated in a pooled buffer instead of a set (every
    /// ingested article passes here).
    /// </summary>
    public ulong[] Signature(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = ArrayPool<ulong>.Shared.Rent(Math.Max(1, tokens.Count));
        ulong[]? shingles = null;
        try
        {
            var n = 0;
            foreach (var t in tokens)
            {
                if (t.Shape is TokenShape.Word or TokenShape.Number)
                {
                    words[n++] = XxHash64.Hash(t.Normal.AsSpan());
                }
            }

            if (n == 0)
            {
                return SignatureOf([]);
            }

            var k = Math.Min(Shingle, n);
            var count = n - k + 1;
            shingles = ArrayPool<ulong>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                shingles[i] = XxHash64.Hash(MemoryMarshal.AsBytes(words.AsSpan(i, k)));
            }

            var span = shingles.AsSpan(0, count);
            span.Sort();
            var unique = 0;
            for (var i = 0; i < span.Length; i++)
            {
                if (i == 0 || span[i] != span[i - 1])
                {
                    span[unique++] = span[i];
                }
            }

            return SignatureOf(span[..unique]);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
            if (shingles is not null)
            {
                ArrayPool<ulong>.Shared.Return(shingles);
            }
        }
    }

    /// <summary>The signature of a set of shingle hashes; all positions are <see cref="ulong.MaxValue"/> for an empty set.</summary>
    public ulong[] Signature(IEnumerable<ulong> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        return SignatureOf(shingles as ulong[] ?? [.. shingles]);
    }

    private ulong[] SignatureOf(ReadOnlySpan<ulong> shingles)
    {
        var sig = new ulong[_seeds.Length];
        Array.Fill(sig, ulong.MaxValue);
        if (!Vector256.IsHardwareAccelerated || _seeds.Length < Vector256<ulong>.Count)
        {
            foreach (var h in shingles)
            {
                MinInto(sig, h, 0);
            }

            return sig;
        }

        // The same mixer on four (or eight) seeds at once: the hot loop of ingest's per-article
        // work, and its values are those of the scalar loop bit for bit.
        var whole = _seeds.Length - (_seeds.Length % Vector256<ulong>.Count);
        foreach (var h in shingles)
        {
            var hv = Vector256.Create(h);
            for (var i = 0; i < whole; i += Vector256<ulong>.Count)
            {
                var v = Mix(hv ^ Vector256.LoadUnsafe(ref _seeds[i]));
                Vector256.Min(v, Vector256.LoadUnsafe(ref sig[i])).StoreUnsafe(ref sig[i]);
            }

            MinInto(sig, h, whole);
        }

        return sig;
    }

    /// <summary>The signature computed one position at a time (what the vector loop must equal).</summary>
    internal ulong[] ScalarSignature(IEnumerable<ulong> shingles)
    {
        var sig = new ulong[_seeds.Length];
        Array.Fill(sig, ulong.MaxValue);
        foreach (var h in shingles)
        {
            MinInto(sig, h, 0);
        }

        return sig;
    }

    private void MinInto(ulong[] sig, ulong h, int from)
    {
        for (var i = from; i < sig.Length; i++)
        {
            var v = Mix(h ^ _seeds[i]);
            if (v < sig[i])
            {
                sig[i] = v;
            }
        }
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            throw new ArgumentException("signatures differ in length");
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i] && a[i] != ulong.MaxValue)
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    // SplitMix64 finaliser: a fast, well-spread 64-bit mixer.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ Vector256.ShiftRightLogical(z, 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ Vector256.ShiftRightLogical(z, 27)) * 0x94D049BB133111EBUL;
        return z ^ Vector256.ShiftRightLogical(z, 31);
    }
}
