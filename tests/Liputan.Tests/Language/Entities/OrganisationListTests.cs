using Liputan.Language.Entities;

namespace Liputan.Tests.Language.Entities;

public sealed class OrganisationListTests
{
    private static readonly OrganisationList List = new(["Komite Pelestarian Hutan|KPH|Forest Preservation Committee"]);

    [Fact]
    public void Should_give_the_canonical_name_of_any_listed_name_whatever_the_spelling_case()
    {
        List.CanonicalOf("forest preservation committee").ShouldBe("Komite Pelestarian Hutan");
        List.CanonicalOf("KPH").ShouldBe("Komite Pelestarian Hutan");
        List.CanonicalOf("Komite Lain").ShouldBeNull();
    }

    [Fact]
    public void Should_match_the_longest_listed_name_case_sensitively()
    {
        string[] words = ["kata", "Komite", "Pelestarian", "Hutan", "kemarin"];
        List.MatchLength(words, 1).ShouldBe(3);
        List.MatchLength(["komite", "pelestarian", "hutan"], 0).ShouldBe(0);
        List.MatchLength(words, 7).ShouldBe(0);
    }

    [Fact]
    public void Should_find_a_listed_organisation_the_tagger_cuts_at_its_lower_case_words()
    {
        // Given a sentence naming an organisation with lower-case words inside its name
        var text = "Data itu dirilis Badan Meteorologi, Klimatologi, dan Geofisika pagi ini.";

        // When entities are found, then the whole name is one organisation with its acronym as canonical
        var e = EntityRecognizer.Default.Find(text).Where(x => x.Type == EntityType.Organisation).ShouldHaveSingleItem();
        e.Span.TextOf(text).ShouldBe("Badan Meteorologi, Klimatologi, dan Geofisika");
        e.Canonical.ShouldBe("Badan Meteorologi, Klimatologi, dan Geofisika");
    }
}
