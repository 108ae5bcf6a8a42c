using Liputan.Documents;

namespace Liputan.Tests.Documents;

public sealed class ArticleIdTests
{
    [Fact]
    public void Should_derive_the_id_from_the_url_when_there_is_one()
    {
        var url = new Uri("https://example.id/a");
        ArticleId.For(url, "aaaa").ShouldBe(ArticleId.For(url, "bbbb"));
        ArticleId.For(null, "aaaa").ShouldNotBe(ArticleId.For(null, "bbbb"));
    }

    [Fact]
    public void Should_round_trip_through_its_hex_form()
    {
        var id = ArticleId.For(null, "abc");
        ArticleId.TryParse(id.ToString(), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(id);
        ArticleId.TryParse("xyz", out _).ShouldBeFalse();
        ArticleId.TryParse(null, out _).ShouldBeFalse();
    }
}
