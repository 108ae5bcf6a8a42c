using Liputan.Documents;
using Liputan.Language.Sentences;

namespace Liputan.Tests.Language;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var spans = new List<TextSpan>();
        SentenceSplitter.Split(text, 0, text.Length, spans);
        return spans.Select(s => s.TextOf(text)).ToList();
    }

    [Theory]
    [InlineData("Dr. Andi tiba. Ia disambut.", 2)]
    [InlineData("Prof. Dr. Ir. H. Budi, M.Si. hadir di Jl. Sudirman No. 5 kemarin. Acara selesai.", 2)]
    [InlineData("Jumlahnya 60.000 orang. Sebanyak 2,5 juta lainnya menunggu.", 2)]
    [InlineData("Susilo B. Yudhoyono datang. Ia tersenyum.", 2)]
    [InlineData("Ada buku, pena, dll. yang dibawa.", 1)]
    [InlineData("Apa kabar? Baik! Terima kasih.", 3)]
    [InlineData("\"Kami siap.\" Katanya lagi.", 2)]
    [InlineData("Situs Contoh.com melaporkan hal itu.", 1)]
    public void Should_split_news_sentences(string text, int count) => Split(text).Count.ShouldBe(count);

    [Fact]
    public void Should_give_spans_whose_text_is_the_sentence()
    {
        Split("Pertama di sini. Kedua di sana.").ShouldBe(["Pertama di sini.", "Kedua di sana."]);
    }
}
