using Liputan.Stories.Duplicates;

namespace Liputan.Tests.Stories.Duplicates;

public sealed class MinHashTests
{
    private static string Words(int from, int count) => string.Join(' ', Enumerable.Range(from, count).Select(i => "kata" + i));

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(300)]
    public void Should_estimate_the_jaccard_similarity_of_shingle_sets(int offset)
    {
        // Given two texts of 400 distinct words that overlap by 400 - offset words
        var m = new MinHash(256);
        var a = Words(0, 400);
        var b = Words(offset, 400);
        var sa = m.Shingles(a);
        var sb = m.Shingles(b);
        var exact = (double)sa.Intersect(sb).Count() / sa.Union(sb).Count();

        // When estimating from the signatures
        var estimate = MinHash.Similarity(m.Signature(sa), m.Signature(sb));

        // Then the estimate is within 0.08 of the exact Jaccard similarity
        Math.Abs(estimate - exact).ShouldBeLessThan(0.08);
    }

    [Fact]
    public void Should_give_one_for_the_same_text_and_about_zero_for_unrelated_texts()
    {
        // Given a MinHash
        var m = new MinHash();

        // When comparing a text with itself and with an unrelated text
        var same = MinHash.Similarity(m.Signature(Words(0, 100)), m.Signature(Words(0, 100)));
        var other = MinHash.Similarity(m.Signature(Words(0, 100)), m.Signature(Words(1000, 100)));

        // Then the first is 1 and the second close to 0
        same.ShouldBe(1.0);
        other.ShouldBeLessThan(0.05);
    }

    [Fact]
    public void Should_ignore_case_and_punctuation_in_shingles()
    {
        var m = new MinHash();
        m.Shingles("Banjir merendam ribuan rumah di Semarang, Senin.").SetEquals(m.Shingles("banjir merendam ribuan rumah di semarang senin")).ShouldBeTrue();
    }
}
