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

    [Theory]
    [InlineData("Dikutip dari Reuters, kapal itu tenggelam.", "dikutip dari")]
    [InlineData("Banjir surut. Seperti mengutip Reuters, air turun.", "seperti mengutip")]
    public void Should_find_a_cue_that_opens_a_sentence(string text, string cue)
    {
        // Given a citing cue capitalised at a sentence start; When cited media are found
        var c = CitedMediaFinder.Find(text).ShouldHaveSingleItem();

        // Then the outlet is found and the cue is reported in lower case
        c.Name.ShouldBe("Reuters");
        c.Cue.ShouldBe(cue);
    }

    [Theory]
    [InlineData("Hal itu dilaporkan kantor berita Zelandia.\n\nIni langkah baru.", "Zelandia")]
    [InlineData("Hal itu dilaporkan kantor berita Zelandia\nBerita Lain.", "Zelandia")]
    [InlineData("Hal itu dilaporkan harian Suara Timur. Kota itu sepi.", "Suara Timur")]
    public void Should_end_an_unknown_name_at_a_break_or_sentence_end(string text, string name)
    {
        // Given an outlet the directory does not know, followed by a break or a new sentence
        var c = CitedMediaFinder.Find(text).ShouldHaveSingleItem();

        // Then the name stops there
        c.Name.ShouldBe(name);
        c.Domain.ShouldBeNull();
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
