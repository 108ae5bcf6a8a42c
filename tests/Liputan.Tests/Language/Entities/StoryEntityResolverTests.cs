using Liputan.Documents;
using Liputan.Language.Entities;

namespace Liputan.Tests.Language.Entities;

public sealed class StoryEntityResolverTests
{
    // An article whose mentions are given as (surface, type, article-wide canonical).
    private static ArticleEntities Article(string id, params (string Surface, EntityType Type, string? Canonical)[] names)
    {
        var body = string.Join(" . ", names.Select(n => n.Surface));
        var mentions = new List<EntityMention>();
        var at = 0;
        foreach (var (surface, type, canonical) in names)
        {
            var start = body.IndexOf(surface, at, StringComparison.Ordinal);
            mentions.Add(new EntityMention(new TextSpan(start, start + surface.Length), type, canonical ?? surface, null));
            at = start + surface.Length;
        }

        return new ArticleEntities(id, body, mentions);
    }

    private static StoryEntity Holding(IReadOnlyList<StoryEntity> entities, string alias) =>
        entities.Single(e => e.Aliases.Contains(alias));

    [Fact]
    public void Should_merge_spelling_variants_and_a_lone_surname_across_articles()
    {
        // Given three articles spelling one adviser three ways
        var entities = StoryEntityResolver.Default.Resolve(
        [
            Article("a", ("Yuri Ivanov", EntityType.Person, null)),
            Article("b", ("Yury Ivanov", EntityType.Person, null)),
            Article("c", ("Ivanov", EntityType.Person, null)),
        ]);

        // When resolved, then they are one person shown by a full name, with every spelling
        var e = entities.ShouldHaveSingleItem();
        e.Type.ShouldBe(EntityType.Person);
        e.Canonical.ShouldBe("Yuri Ivanov");
        e.Aliases.ShouldBe(["Ivanov", "Yuri Ivanov", "Yury Ivanov"], ignoreOrder: true);
        e.Mentions.Select(m => m.ArticleId).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Should_keep_a_surname_apart_when_two_people_of_the_story_share_it()
    {
        var entities = StoryEntityResolver.Default.Resolve(
        [
            Article("a", ("Budi Santoso", EntityType.Person, null), ("Rina Santoso", EntityType.Person, null)),
            Article("b", ("Santoso", EntityType.Person, null)),
        ]);

        entities.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_merge_places_in_both_languages_and_by_their_abbreviation()
    {
        var entities = StoryEntityResolver.Default.Resolve(
        [
            Article("a", ("Jenewa", EntityType.Location, null), ("Amerika Serikat", EntityType.Location, null)),
            Article("b", ("Geneva", EntityType.Location, null), ("AS", EntityType.Location, null)),
        ]);

        entities.Count.ShouldBe(2);
        Holding(entities, "Geneva").Aliases.ShouldContain("Jenewa");
        Holding(entities, "AS").Canonical.ShouldBe("Amerika Serikat");
    }

    [Fact]
    public void Should_merge_an_acronym_with_the_expansion_another_article_gave_it()
    {
        // Given one article that writes out an acronym and one that does not
        var entities = StoryEntityResolver.Default.Resolve(
        [
            Article("a", ("KPBI", EntityType.Organisation, "Komite Pelestarian Bahasa Indonesia")),
            Article("b", ("KPBI", EntityType.Organisation, null), ("Komite Pelestarian Bahasa Indonesia", EntityType.Organisation, null)),
        ]);

        // Then both articles' mentions are one organisation
        entities.ShouldHaveSingleItem().Mentions.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_merge_organisations_named_in_both_languages_whatever_type_the_tagger_gave()
    {
        var entities = StoryEntityResolver.Default.Resolve(
        [
            Article("a", ("Gedung Putih", EntityType.Location, null), ("Pakta Pertahanan Atlantik Utara", EntityType.Organisation, null)),
            Article("b", ("White House", EntityType.Organisation, null), ("NATO", EntityType.Organisation, null)),
            Article("c", ("Gedung Putih", EntityType.Organisation, null)),
        ]);

        entities.Count.ShouldBe(2);
        var house = Holding(entities, "White House");
        house.Canonical.ShouldBe("Gedung Putih");
        house.Type.ShouldBe(EntityType.Organisation);
        Holding(entities, "NATO").Aliases.ShouldContain("Pakta Pertahanan Atlantik Utara");
    }

    [Fact]
    public void Should_not_merge_a_person_with_a_place_of_the_same_name()
    {
        var entities = StoryEntityResolver.Default.Resolve(
        [
            Article("a", ("Georgia", EntityType.Location, null)),
            Article("b", ("Georgia", EntityType.Person, null)),
        ]);

        entities.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_refuse_a_mention_beyond_its_body_with_a_clear_message()
    {
        var bad = new ArticleEntities("x", "Budi", [new EntityMention(new TextSpan(0, 40), EntityType.Person, "Budi", null)]);
        Should.Throw<ArgumentException>(() => StoryEntityResolver.Default.Resolve([bad])).Message.ShouldContain("beyond its body");
    }

    [Fact]
    public void Should_join_a_shortened_organisation_name_to_the_one_longer_name_holding_its_words()
    {
        var entities = StoryEntityResolver.Default.Resolve(
        [
            Article("a", ("Badan Kerja Sama Pelestarian Hutan Tropis", EntityType.Organisation, null)),
            Article("b", ("Badan Pelestarian Hutan", EntityType.Organisation, null)),
        ]);

        entities.ShouldHaveSingleItem().Canonical.ShouldBe("Badan Kerja Sama Pelestarian Hutan Tropis");
    }

    [Fact]
    public void Should_carry_the_titled_name_and_the_listed_names_as_aliases()
    {
        // Given a person with a stated role and a place known by two names
        var body = "Presiden Rina Hartati tiba di Jenewa.";
        var mentions = new List<EntityMention>
        {
            new(new TextSpan(9, 21), EntityType.Person, "Rina Hartati", "Presiden"),
            new(new TextSpan(30, 36), EntityType.Location, "Jenewa", null),
        };

        // When resolved
        var entities = StoryEntityResolver.Default.Resolve([new ArticleEntities("a", body, mentions)]);

        // Then the person carries "Presiden Rina Hartati" and the place "Geneva"
        Holding(entities, "Rina Hartati").Aliases.ShouldContain("Presiden Rina Hartati");
        Holding(entities, "Jenewa").Aliases.ShouldContain("Geneva");
    }
}
