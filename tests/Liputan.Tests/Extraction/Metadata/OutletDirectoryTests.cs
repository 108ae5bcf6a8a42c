using Liputan.Extraction.Metadata;

namespace Liputan.Tests.Extraction.Metadata;

public sealed class OutletDirectoryTests
{
    [Fact]
    public void Should_load_a_table_of_outlets()
    {
        OutletDirectory.Default.Count.ShouldBeGreaterThan(200);
    }

    [Theory]
    [InlineData("www.kompas.com", "kompas.com")]
    [InlineData("news.detik.com", "detik.com")]
    [InlineData("www.reuters.com", "reuters.com")]
    public void Should_find_outlets_by_host_and_parent_domain(string host, string domain)
    {
        OutletDirectory.Default.FindByHost(host)!.Domain.ShouldBe(domain);
    }

    [Theory]
    [InlineData("Reuters", "reuters.com")]
    [InlineData("KOMPAS.com", "kompas.com")]
    [InlineData("kantor berita Antara", "antaranews.com")]
    public void Should_find_outlets_by_alias(string alias, string domain)
    {
        OutletDirectory.Default.FindByAlias(alias)!.Domain.ShouldBe(domain);
    }

    [Fact]
    public void Should_fall_back_to_the_host_for_an_unknown_outlet()
    {
        var o = OutletDirectory.Default.ForHost("www.contoh-berita-fiktif.id", "url");
        o.Domain.ShouldBe("contoh-berita-fiktif.id");
        o.Evidence.ShouldBe("url");
    }

    [Fact]
    public void Should_find_how_a_page_writes_an_unknown_outlet_name()
    {
        OutletNameFinder.Find("kabarcontoh.co.id", ["KABAR CONTOH", "© 2025 Kabar Contoh. All rights reserved."]).ShouldBe("Kabar Contoh");
        OutletNameFinder.Find("kabarcontoh.co.id", ["nothing here"]).ShouldBeNull();
    }
}
