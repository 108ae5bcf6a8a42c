using System.Buffers.Binary;
using System.Numerics;

namespace Liputan.Documents;

/// <summary>
/// xxHash64 (Yann Collet's specification, seed 0 by default). Written here because no xxHash
/// package is served; stable across processes and machines, unlike <c>GetHashCode</c>, so it
/// may be persisted.
/// </summary>
public static class XxHash64
{
    private const ulong Prime1 = 11400714785074694791UL;
    private const ulong Prime2 = 14029467366897019727UL;
    private const ulong Prime3 = 1609587929392839161UL;
    private const ulong Prime4 = 9650029242287828579UL;
    private const ulong Prime5 = 2870177450012600261UL;

    /// <summary>Hash of <paramref name="data"/>.</summary>
    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var p = 0;
        var len = data.Length;
        ulong h;
        if (len >= 32)
        {
            var v1 = seed + Prime1 + Prime2;
            var v2 = seed + Prime2;
            var v3 = seed;
            var v4 = seed - Prime1;
            var limit = len - 32;
            do
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data[p..]));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data[(p + 8)..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data[(p + 16)..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data[(p + 24)..]));
                p += 32;
            }
            while (p <= limit);

            h = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) +
                BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            h = MergeRound(h, v1);
            h = MergeRound(h, v2);
            h = MergeRound(h, v3);
            h = MergeRound(h, v4);
        }
        else
        {
            h = seed + Prime5;
        }

        h += (ulong)len;
        while (p + 8 <= len)
        {
            h ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(data[p..]));
            h = (BitOperations.RotateLeft(h, 27) * Prime1) + Prime4;
            p += 8;
        }

        if (p + 4 <= len)
        {
            h ^= BinaryPrimitives.ReadUInt32LittleEndian(data[p..]) * Prime1;
            h = (BitOperations.RotateLeft(h, 23) * Prime2) + Prime3;
            p += 4;
        }

        while (p < len)
        {
            h ^= data[p] * Prime5;
            h = BitOperations.RotateLeft(h, 11) * Prime1;
            p++;
        }

        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        h ^= h >> 32;
        return h;
    }

    /// <summary>Hash of the UTF-16 code units of <paramref name="text"/> (no encoding step, for hot loops).</summary>
    public static ulong Hash(ReadOnlySpan<char> text, ulong seed = 0) =>
        Hash(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text), seed);

    private static ulong Round(ulong acc, ulong input)
    {
        acc += input * Prime2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * Prime1;
    }

    private static ulong MergeRound(ulong acc, ulong val)
    {
        acc ^= Round(0, val);
        return (acc * Prime1) + Prime4;
    }
}
