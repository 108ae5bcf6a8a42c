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

    private static string Filler(int seed) =>
        string.Join(' ', Enumerable.Range(0, 80).Select(i => "kata" + ((seed * 7919) + (i * 104729)) % 100_000));

    [Fact]
    public void Should_forget_signatures_older_than_two_windows_and_keep_the_last_window()
    {
        // Given a window of 10 articles and a wire story followed by unrelated articles
        var detector = new DuplicateDetector(new DuplicateOptions(Window: 10));
        var wire = new Liputan.Documents.ArticleId(1);
        detector.Add(wire, Wire);
        for (var i = 0; i < 9; i++)
        {
            detector.Add(new Liputan.Documents.ArticleId(100 + (ulong)i), Filler(i));
        }

        // When a copy arrives one window later, and another after two more windows
        var near = detector.Add(new Liputan.Documents.ArticleId(2), Wire.Replace("sejak sore", "sejak siang", StringComparison.Ordinal));
        for (var i = 0; i < 30; i++)
        {
            detector.Add(new Liputan.Documents.ArticleId(200 + (ulong)i), Filler(50 + i));
        }

        var far = detector.Add(new Liputan.Documents.ArticleId(3), Wire.Replace("dini hari", "subuh", StringComparison.Ordinal));

        // Then the first copy is found, the late one no longer, and memory holds at most two windows
        near.ShouldNotBeNull().Canonical.ShouldBe(wire);
        far.ShouldBeNull();
        detector.Held.ShouldBeLessThanOrEqualTo(20);
    }

    [Fact]
    public void Should_find_the_same_copies_after_a_resume_from_stored_signatures()
    {
        // Given a detector that saw a wire story, stopped, and resumed from what it handed out
        var first = DuplicateDetector.Resume(0, []);
        first.Add(new Liputan.Documents.ArticleId(1), Wire);
        first.Add(new Liputan.Documents.ArticleId(5), Filler(1));
        var stored = first.TakeNew();
        var resumed = DuplicateDetector.Resume(first.Count, stored);

        // When a copy arrives
        var link = resumed.Add(new Liputan.Documents.ArticleId(2), Wire.Replace("perahu karet", "perahu", StringComparison.Ordinal));

        // Then it is found under the wire story, and only the new signature is handed out next
        link.ShouldNotBeNull().Canonical.ShouldBe(new Liputan.Documents.ArticleId(1));
        stored.Select(s => s.Seq).ShouldBe([0, 1]);
        resumed.TakeNew().Single().Seq.ShouldBe(2);
    }
}
