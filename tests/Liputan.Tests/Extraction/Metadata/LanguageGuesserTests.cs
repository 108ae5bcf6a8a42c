using Liputan.Extraction.Metadata;

namespace Liputan.Tests.Extraction.Metadata;

public sealed class LanguageGuesserTests
{
    [Theory]
    [InlineData("Presiden mengatakan bahwa pemerintah akan menaikkan harga tiket kereta yang sudah lama tidak berubah.", "id")]
    [InlineData("The president said that the government will raise the price of train tickets, which has not changed for years.", "en")]
    [InlineData("Der Präsident sagte, dass die Regierung die Preise erhöhen wird, die sich lange nicht geändert haben.", "other")]
    [InlineData("", "other")]
    [InlineData("KUDUS, WARTA KOTA — Hujan es disertai angin kencang melanda Desa Jati Wetan, Kecamatan Jati, Kabupaten Kudus, Rabu (5/3/2025) siang. Puluhan genteng pecah, tiga pohon mahoni tumbang melintang di Jalan Lingkar Timur. Kepala BPBD Kudus, Rahmat Subekti, menyebut 64 rumah terdampak.", "id")]
    [InlineData("Die Feuerwehr Kassel rückte am Montag mit zwölf Fahrzeugen aus. Verletzt wurde niemand, der Schaden beträgt nach ersten Schätzungen rund 80.000 Euro.", "other")]
    public void Should_tell_indonesian_from_english(string text, string expected) => LanguageGuesser.Guess(text).ShouldBe(expected);
}
