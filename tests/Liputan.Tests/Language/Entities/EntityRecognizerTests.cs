using Liputan.Language.Entities;

namespace Liputan.Tests.Language.Entities;

public sealed class EntityRecognizerTests
{
    private const string Text =
        "Presiden Prancis Emmanuel Macron tiba di Jenewa pada Senin. " +
        "Menurut juru bicara PBB Stephane Dujarric, rapat berjalan lancar. " +
        "Organisasi Kesehatan Dunia (WHO) menyambut kunjungan itu. " +
        "Macron kemudian bertemu pejabat WHO di Geneva, seperti dikutip dari Reuters. " +
        "Pemerintah AS menyatakan dukungan, sementara Amerika Serikat belum mengirim utusan.";

    private static IReadOnlyList<EntityMention> Find() => EntityRecognizer.Default.Find(Text);

    private static EntityMention Mention(IReadOnlyList<EntityMention> all, string text, int nth = 0) =>
        all.Where(e => e.Span.TextOf(Text) == text).ElementAt(nth);

    [Fact]
    public void Should_give_spans_that_equal_their_text()
    {
        // Given an article
        // When its entities are found
        var entities = Find();

        // Then every span lies in the text, starts and ends on a non-space, and does not overlap the next
        entities.ShouldNotBeEmpty();
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            e.Span.Start.ShouldBeGreaterThanOrEqualTo(0);
            e.Span.End.ShouldBeLessThanOrEqualTo(Text.Length);
            var s = e.Span.TextOf(Text);
            s.ShouldBe(s.Trim());
            if (i + 1 < entities.Count)
            {
                entities[i + 1].Span.Start.ShouldBeGreaterThanOrEqualTo(e.Span.End);
            }
        }
    }

    [Fact]
    public void Should_separate_the_role_from_the_person()
    {
        // Given "Presiden Prancis Emmanuel Macron" and "juru bicara PBB Stephane Dujarric"
        var entities = Find();

        // When the persons are read
        var macron = Mention(entities, "Emmanuel Macron");
        var spokes = Mention(entities, "Stephane Dujarric");

        // Then the name is the span and the title is the role
        macron.Type.ShouldBe(EntityType.Person);
        macron.Role.ShouldBe("Presiden Prancis");
        spokes.Type.ShouldBe(EntityType.Person);
        spokes.Role.ShouldBe("juru bicara PBB");
    }

    [Fact]
    public void Should_merge_a_surname_with_the_full_name()
    {
        // Given "Emmanuel Macron" then "Macron"
        var entities = Find();

        // When the later mention is read
        var later = Mention(entities, "Macron");

        // Then it is the same person
        later.Type.ShouldBe(EntityType.Person);
        later.Canonical.ShouldBe("Emmanuel Macron");
    }

    [Fact]
    public void Should_name_an_acronym_by_its_expansion()
    {
        // Given "Organisasi Kesehatan Dunia (WHO)" and a later "WHO"
        var entities = Find();

        // When the acronyms are read
        var first = Mention(entities, "WHO");
        var later = Mention(entities, "WHO", 1);

        // Then the expansion is one entity and both acronyms name it
        Mention(entities, "Organisasi Kesehatan Dunia").Type.ShouldBe(EntityType.Organisation);
        first.Canonical.ShouldBe("Organisasi Kesehatan Dunia");
        later.Canonical.ShouldBe("Organisasi Kesehatan Dunia");
    }

    [Fact]
    public void Should_merge_place_names_across_languages_and_abbreviations()
    {
        // Given Jenewa and Geneva, AS and Amerika Serikat
        var entities = Find();

        // When the places are read
        // Then each pair shares one canonical name
        Mention(entities, "Geneva").Canonical.ShouldBe(Mention(entities, "Jenewa").Canonical);
        Mention(entities, "AS").Canonical.ShouldBe("Amerika Serikat");
        Mention(entities, "Amerika Serikat").Type.ShouldBe(EntityType.Location);
    }

    [Fact]
    public void Should_tag_a_cited_agency_as_media()
    {
        // Given "dikutip dari Reuters"
        var entities = Find();

        // When the agency is read
        // Then it is MEDIA
        Mention(entities, "Reuters").Type.ShouldBe(EntityType.Media);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("((((( ))))) 123 ,,, ...")]
    public void Should_return_nothing_for_text_without_names(string text)
    {
        // Given text without names
        // When entities are looked for
        var entities = EntityRecognizer.Default.Find(text);

        // Then none is found and nothing fails
        entities.ShouldBeEmpty();
    }

    [Fact]
    public void Should_key_spelling_variants_alike()
    {
        // Given two spellings of one name
        // When their keys are taken
        // Then they are equal, and differ from another name
        EntityRecognizer.Key("Yury Petrova").ShouldBe(EntityRecognizer.Key("Yuri Petrova"));
        EntityRecognizer.Key("Müller").ShouldBe(EntityRecognizer.Key("Muller"));
        EntityRecognizer.Key("Yuri").ShouldNotBe(EntityRecognizer.Key("Yura"));
    }

    [Fact]
    public void Should_take_an_appositive_after_a_name_as_its_role_but_not_the_rest_of_the_sentence()
    {
        // Given an appositive closed by a comma, and a name followed by a comma and a new clause
        var text = "Rina Hartati, Gubernur Jawa Barat, meresmikan jembatan itu. Menurut Andi Wijaya, Presiden Komisaris Budi Santoso telah menyetujui rencana itu.";

        // When entities are found
        var entities = EntityRecognizer.Default.Find(text);

        // Then the governor's role is stated and Andi Wijaya gets no role from the next clause
        entities.First(e => e.Span.TextOf(text) == "Rina Hartati").Role.ShouldBe("Gubernur Jawa Barat");
        entities.First(e => e.Span.TextOf(text) == "Andi Wijaya").Role.ShouldBeNull();
    }
}
