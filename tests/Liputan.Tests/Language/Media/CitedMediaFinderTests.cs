using Liputan.Language.Media;

namespace Liputan.Tests.Language.Media;

public sealed class CitedMediaFinderTests
{
    [Theory]
    [InlineData("Hal itu disampaikan dalam wawancara, dikutip dari Reuters, Selasa.", "Reuters", "Reuters")]
    [InlineData("Kapal itu tenggelam, seperti mengutip The Guardian.", "The Guardian", "The Guardian")]
    [InlineData("Pasukan mundur, menurut surat kabar Rusia RT.", "RT", "RT")]
    [InlineData("Gempa terasa kuat, sebagaimana dikutip CNN.com pada Senin.", "CNN.com", "CNN")]
    [InlineData("\"Kami siap,\" kata pejabat itu kepada Reuters.", "Reuters", "Reuters")]
    public void Should_resolve_a_cited_outlet(string text, string span, string name)
    {
        // Given a sentence citing one outlet; When cited media are found
        var c = CitedMediaFinder.Find(text).ShouldHaveSingleItem();

        // Then the outlet's words and directory name are the expected ones
        c.Span!.Value.TextOf(text).ShouldBe(span);
        c.Name.ShouldBe(name);
        c.Domain.ShouldNotBeNull();
    }

    [Fact]
    public void Should_not_take_a_person_after_menurut_or_kepada() =>
        CitedMediaFinder.Find("Menurut Budi Santoso, hal itu wajar. Ia berbicara kepada Sari.").ShouldBeEmpty();

    [Fact]
    public void Should_add_photo_credits()
    {
        var c = CitedMediaFinder.Find("Teks berita.", ["Reuters"]).ShouldHaveSingleItem();
        c.Span.ShouldBeNull();
        c.Cue.ShouldBe("photo");
        c.Name.ShouldBe("Reuters");
    }
}
