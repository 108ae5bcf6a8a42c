using Liputan.Coverage;
using Liputan.Documents;
using Liputan.Extraction;
using Liputan.Language.Times;

namespace Liputan.Tests.Coverage;

public sealed class TimeCuesTests
{
    [Theory]
    [InlineData("Gempa terjadi Senin (17/3/2025). Warga mengungsi ke lapangan. Sehari setelahnya bantuan tiba.\nTim kembali pekan depan, dan rapat digelar pada 24-25 Maret. Tidak ada korban jiwa.")]
    [InlineData("Pasukan ditarik awal pekan ini. Pemerintah menolak berkomentar. Ketegangan meningkat sejak tahun 2014 dan dua bulan terakhir.")]
    [InlineData("He arrived yesterday. Nobody else came. The talks resume next Monday, the ministry said.")]
    public void Should_find_the_same_time_expressions_in_the_blanked_text(string text)
    {
        var reference = new DateOnly(2025, 3, 18);
        var kept = TimeCues.Keep(text);

        kept.Length.ShouldBe(text.Length);
        TimeExpressionFinder.Find(kept, reference).Select(t => (t.Span, t.Value))
            .ShouldBe(TimeExpressionFinder.Find(text, reference).Select(t => (t.Span, t.Value)));
        kept.ShouldNotContain("Warga mengungsi");
    }

    [Fact]
    public void Should_find_the_same_time_expressions_in_every_example_article()
    {
        foreach (var file in Directory.GetFiles(EndToEnd.Cli.Examples, "*.txt"))
        {
            var r = DocumentExtractor.Default.Extract(new RawDocument(File.ReadAllBytes(file), file, null, DateTimeOffset.UnixEpoch));
            if (!r.Success)
            {
                continue;
            }

            var body = r.Article!.Body;
            DateOnly? reference = r.Article.Published is { } p ? DateOnly.FromDateTime(p.Value.DateTime) : null;
            TimeExpressionFinder.Find(TimeCues.Keep(body), reference).Select(t => (t.Span, t.Value))
                .ShouldBe(TimeExpressionFinder.Find(body, reference).Select(t => (t.Span, t.Value)), file);
        }
    }
}
