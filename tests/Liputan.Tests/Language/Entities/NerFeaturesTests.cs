using Liputan.Language.Entities;

namespace Liputan.Tests.Language.Entities;

public sealed class NerFeaturesTests
{
    [Fact]
    public void Should_mark_each_word_with_its_place_in_a_run_of_capitalised_words()
    {
        // Given a sentence with a three-word name, a lone capital and lower-case words
        string[] words = ["Kata", "Presiden", "Joko", "Widodo", "di", "Bogor", "."];

        // When the features are extracted
        var f = NerFeatures.Extract(words);

        // Then the run features give first, inside, end, single and none
        f[1].ShouldContain("run=I4");
        f[0].ShouldContain("run=B4");
        f[3].ShouldContain("run=E4");
        f[5].ShouldContain("run=S1");
        f[4].ShouldContain("run=-");
    }

    [Fact]
    public void Should_give_word_pairs_on_both_sides()
    {
        var f = NerFeatures.Extract(["kata", "Budi", "di", "sini"]);
        f[1].ShouldContain("l+1l+2=di|sini");
        f[1].ShouldContain("l-2l-1=<s>|kata");
    }

    [Fact]
    public void Should_refuse_null_words()
    {
        Should.Throw<ArgumentNullException>(() => NerFeatures.Extract(null!));
    }
}
