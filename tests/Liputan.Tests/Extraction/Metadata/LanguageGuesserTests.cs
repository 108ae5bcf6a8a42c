using Liputan.Extraction.Metadata;

namespace Liputan.Tests.Extraction.Metadata;

public sealed class LanguageGuesserTests
{
    [Theory]
    [InlineData("Presiden mengatakan bahwa pemerintah akan menaikkan harga tiket kereta yang sudah lama tidak berubah.", "id")]
    [InlineData("The president said that the government will raise the price of train tickets, which has not changed for years.", "en")]
    [InlineData("Der Präsident sagte, dass die Regierung die Preise erhöhen wird, die sich lange nicht geändert haben.", "other")]
    [InlineData("", "other")]
    public void Should_tell_indonesian_from_english(string text, string expected) => LanguageGuesser.Guess(text).ShouldBe(expected);
}
