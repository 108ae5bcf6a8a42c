using Liputan.Language.Tokens;

namespace Liputan.Tests.Language;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("60.000 tentara", "60.000|tentara")]
    [InlineData("2,5 juta", "2,5|juta")]
    [InlineData("negara-negara Eropa", "negara-negara|eropa")]
    [InlineData("dikutip Contoh.com, kemarin.", "dikutip|contoh.com|,|kemarin|.")]
    [InlineData("“Kami siap,” katanya.", "“|kami|siap|,|”|katanya|.")]
    [InlineData("Jum'at (30/12)", "jum'at|(|30|/|12|)")]
    public void Should_keep_numbers_hyphenated_words_and_domains_whole(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        string.Join("|", tokens.Select(t => t.Normal)).ShouldBe(expected);
        foreach (var t in tokens)
        {
            t.Span.TextOf(text).ToLowerInvariant().ShouldBe(t.Normal);
        }
    }

    [Fact]
    public void Should_know_stopwords() => (Stopwords.Contains("yang") && Stopwords.Contains("the") && !Stopwords.Contains("banjir")).ShouldBeTrue();
    [Fact]
    public void Should_hand_out_one_string_for_a_repeated_word_and_keep_long_words_whole()
    {
        // Given a word repeated in two cases, and a word longer than the reused forms
        var longWord = new string('a', 60) + "Z";
        var tokens = Tokenizer.Tokenize($"Banjir banjir BANJIR {longWord}");

        // Then the repeats share one lower-cased string, and the long word is lower-cased whole
        tokens[0].Normal.ShouldBe("banjir");
        ReferenceEquals(tokens[0].Normal, tokens[1].Normal).ShouldBeTrue();
        ReferenceEquals(tokens[1].Normal, tokens[2].Normal).ShouldBeTrue();
        tokens[3].Normal.ShouldBe(longWord.ToLowerInvariant());
    }
}
