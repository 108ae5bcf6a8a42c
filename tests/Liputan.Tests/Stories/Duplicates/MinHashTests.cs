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

    [Theory]
    [InlineData(128)]
    [InlineData(130)]
    [InlineData(3)]
    public void Should_give_the_same_signature_as_the_one_position_at_a_time_loop(int length)
    {
        // Given a MinHash whose length may not fill the last vector, and a text
        var m = new MinHash(length);
        var shingles = m.Shingles(Words(0, 300) + " 60.000 Rp2,5 juta");

        // When signing it with the vector loop and with the scalar loop
        var fast = m.Signature(shingles);
        var slow = m.ScalarSignature(shingles);

        // Then every position agrees
        fast.ShouldBe(slow);
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
    [Theory]
    [InlineData("")]
    [InlineData("dua kata")]
    [InlineData("banjir banjir banjir banjir banjir banjir banjir banjir, lalu banjir banjir banjir banjir banjir lagi.")]
    public void Should_sign_tokens_as_it_signs_their_shingle_set(string tail)
    {
        // Given a text with repeated shingles (or too few words for one), as tokens
        var m = new MinHash();
        var tokens = Liputan.Language.Tokens.Tokenizer.Tokenize(tail.Length == 0 ? tail : Words(0, 40) + " " + tail + " " + tail);

        // When signing the tokens directly and through the deduplicated shingle set
        var direct = m.Signature(tokens);
        var viaSet = m.Signature(m.Shingles(tokens));

        // Then the signatures agree position by position
        direct.ShouldBe(viaSet);
    }
}
