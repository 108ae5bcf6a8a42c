using Liputan.Stories.Duplicates;

namespace Liputan.Tests.Stories.Duplicates;

public sealed class DuplicateDetectorTests
{
    private const string Wire = "Tanggul sungai di pinggir kota jebol sepanjang lima belas meter setelah hujan deras mengguyur sejak sore. " +
        "Air meluber ke permukiman dan merendam ribuan rumah hingga pagi. Kepala badan penanggulangan bencana mengatakan tanggul mulai retak " +
        "sekitar pukul sepuluh malam dan ambrol dua jam kemudian. Petugas gabungan mengevakuasi warga menggunakan perahu karet sejak dini hari. " +
        "Prioritas evakuasi diberikan kepada lansia, balita, dan ibu hamil. Tidak ada korban jiwa dalam kejadian ini.";

    private static readonly DateTimeOffset Morning = new(2025, 1, 13, 6, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Should_group_copies_under_the_earliest_article()
    {
        // Given a wire story, a copy published later with two words changed, a copy of the copy, and an unrelated article
        var original = TestArticles.Make(Wire, "Tanggul Jebol", Morning, "https://a.id/1");
        var copy = TestArticles.Make(Wire.Replace("sejak sore", "sejak siang", StringComparison.Ordinal).Replace("perahu karet", "perahu", StringComparison.Ordinal), "Ribuan Rumah Terendam", Morning.AddHours(2), "https://b.id/2");
        var copyOfCopy = TestArticles.Make(copy.Body.Replace("dini hari", "subuh", StringComparison.Ordinal), "Banjir", Morning.AddHours(3), "https://c.id/3");
        var other = TestArticles.Make("Harga cabai rawit di pasar tradisional turun menjadi empat puluh ribu rupiah per kilogram menjelang hari raya, kata para pedagang di pasar induk.", "Cabai", Morning, "https://d.id/4");

        // When finding duplicates, in any input order
        var links = DuplicateDetector.Find([copyOfCopy, other, copy, original]);

        // Then both copies point at the original, and the unrelated article is no copy
        links.Select(l => (l.Copy, l.Canonical)).OrderBy(p => p.Copy.Value).ShouldBe(new[] { (Copy: copy.Id, Canonical: original.Id), (Copy: copyOfCopy.Id, Canonical: original.Id) }.OrderBy(p => p.Copy.Value));
        links.ShouldAllBe(l => l.Similarity >= 0.6);
    }

    [Fact]
    public void Should_not_link_articles_that_only_share_a_topic()
    {
        // Given two different reports of one flood
        var a = TestArticles.Make(Wire, "Tanggul Jebol", Morning);
        var b = TestArticles.Make("Ribuan warga mengungsi ke masjid dan sekolah setelah banjir merendam permukiman di pinggir kota. Relawan membuka dapur umum dan membagikan makanan. Ketinggian air sempat mencapai satu meter sebelum surut pada sore hari.", "Warga Mengungsi", Morning.AddHours(1));

        // When finding duplicates
        var links = DuplicateDetector.Find([a, b]);

        // Then there are none
        links.ShouldBeEmpty();
    }
}
