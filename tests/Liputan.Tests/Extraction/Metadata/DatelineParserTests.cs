using Liputan.Extraction.Metadata;

namespace Liputan.Tests.Extraction.Metadata;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("WASHINGTON DC, AS – Presiden AS berbicara.", "WASHINGTON DC, AS", null)]
    [InlineData("Contoh.com, JAKARTA - Menteri mengatakan hal itu.", "Contoh.com, JAKARTA", "Contoh.com")]
    [InlineData("JAKARTA, KOMPAS.com - Pemerintah menaikkan harga.", "JAKARTA, KOMPAS.com", "KOMPAS.com")]
    [InlineData("Jakarta - Hujan deras mengguyur ibu kota.", "Jakarta", null)]
    [InlineData("Warta - Online.com -Presiden tiba di Bali.", "Warta - Online.com", "Warta-Online.com")]
    [InlineData("BANDUNG, WARTA.ID — Banjir merendam rumah.", "BANDUNG, WARTA.ID", "WARTA.ID")]
    [InlineData("Ambon (ANTARA) - Pemerintah kota membuka pasar baru.", "Ambon (ANTARA)", null)]
    [InlineData("Surabaya. The city opened a new market on Monday, the mayor said in a statement.", "Surabaya", null)]
    public void Should_find_the_dateline_and_its_outlet(string paragraph, string dateline, string? outlet)
    {
        var d = DatelineParser.Find(paragraph)!.Value;
        d.Dateline.ShouldBe(dateline);
        d.OutletToken.ShouldBe(outlet);
        char.IsUpper(paragraph[d.PrefixLength]).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Presiden mengatakan bahwa - menurut dia - semua baik.")]
    [InlineData("Pada hari itu ada tiga pertemuan - semuanya di Jakarta.")]
    [InlineData("Rusia-NATO akan bertemu.")]
    [InlineData("Wochenende. Regen. Mist. Und dann noch der lange Stau auf der Autobahn nach Hause.")]
    [InlineData("Surabaya. Kota itu ramai.")]
    [InlineData("(Kabar) - Pemerintah kota membuka pasar baru.")]
    public void Should_not_take_running_text_for_a_dateline(string paragraph)
    {
        DatelineParser.Find(paragraph).ShouldBeNull();
    }
}
