using Liputan.Stories.Duplicates;

namespace Liputan.Tests.Stories.Duplicates;

public sealed class LshIndexTests
{
    private static string Text(int seed, int words)
    {
        var r = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => "w" + r.Next(5000)));
    }

    [Fact]
    public void Should_find_a_near_duplicate_among_many_unrelated_texts()
    {
        // Given 500 unrelated texts in the index and a copy of one of them with two words changed
        var m = new MinHash(128);
        var lsh = new LshIndex<int>(32, 4);
        var texts = Enumerable.Range(0, 500).Select(i => Text(i, 150)).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            lsh.Add(m.Signature(texts[i]), i);
        }

        var words = texts[123].Split(' ');
        words[40] = "diubah";
        words[100] = "diganti";

        // When looking up the copy
        var candidates = lsh.Candidates(m.Signature(string.Join(' ', words)));

        // Then the original is a candidate, and few others are
        candidates.ShouldContain(123);
        candidates.Count.ShouldBeLessThan(5);
    }

    [Fact]
    public void Should_reject_a_signature_of_the_wrong_length()
    {
        var lsh = new LshIndex<int>(8, 4);
        Should.Throw<ArgumentException>(() => lsh.Add(new ulong[10], 1));
    }
}
