using Liputan.Language.Stemming;

namespace Liputan.Tests.Language.Stemming;

public sealed class IndonesianStemmerTests
{
    // General Indonesian words (none from the seeds) and their roots.
    [Theory]
    [InlineData("membaca", "baca")]
    [InlineData("dibaca", "baca")]
    [InlineData("pembaca", "baca")]
    [InlineData("bacaan", "baca")]
    [InlineData("membacakan", "baca")]
    [InlineData("menulis", "tulis")]
    [InlineData("tulisan", "tulis")]
    [InlineData("penulis", "tulis")]
    [InlineData("ditulis", "tulis")]
    [InlineData("menanam", "tanam")]
    [InlineData("mendengar", "dengar")]
    [InlineData("mendengarkan", "dengar")]
    [InlineData("pendengar", "dengar")]
    [InlineData("mencari", "cari")]
    [InlineData("pencarian", "cari")]
    [InlineData("menjual", "jual")]
    [InlineData("penjualan", "jual")]
    [InlineData("mengirim", "kirim")]
    [InlineData("pengiriman", "kirim")]
    [InlineData("mengambil", "ambil")]
    [InlineData("menggunakan", "guna")]
    [InlineData("penggunaan", "guna")]
    [InlineData("menyimpan", "simpan")]
    [InlineData("penyimpanan", "simpan")]
    [InlineData("menyanyi", "nyanyi")]
    [InlineData("memakai", "pakai")]
    [InlineData("pemakaian", "pakai")]
    [InlineData("membeli", "beli")]
    [InlineData("dijualnya", "jual")]
    [InlineData("melihat", "lihat")]
    [InlineData("penglihatan", "lihat")]
    [InlineData("merasa", "rasa")]
    [InlineData("perasaan", "rasa")]
    [InlineData("bermain", "main")]
    [InlineData("permainan", "main")]
    [InlineData("berlari", "lari")]
    [InlineData("bekerja", "kerja")]
    [InlineData("pekerjaan", "kerja")]
    [InlineData("pelajaran", "pelajar")]
    [InlineData("memperkenalkan", "kenal")]
    [InlineData("keadilan", "adil")]
    [InlineData("kebersihan", "bersih")]
    [InlineData("terbakar", "bakar")]
    [InlineData("terjatuh", "jatuh")]
    [InlineData("sebuah", "buah")]
    [InlineData("bukunya", "buku")]
    [InlineData("rumahku", "rumah")]
    [InlineData("pergilah", "pergi")]
    [InlineData("bolehkah", "boleh")]
    [InlineData("anak-anak", "anak")]
    [InlineData("berlari-lari", "lari")]
    [InlineData("mengecat", "cat")]
    [InlineData("memperbaiki", "baik")]
    [InlineData("diperbaiki", "baik")]
    [InlineData("perbaikan", "baik")]
    [InlineData("kedatangan", "datang")]
    [InlineData("mengatakan", "kata")]
    [InlineData("menyatakan", "nyata")]
    [InlineData("pertanian", "tani")]
    [InlineData("minuman", "minum")]
    [InlineData("makanan", "makan")]
    [InlineData("mereka", "mereka")]
    [InlineData("berita", "berita")]
    [InlineData("perlu", "perlu")]
    [InlineData("sekolah", "sekolah")]
    [InlineData("belum", "belum")]
    [InlineData("bukan", "bukan")]
    [InlineData("memang", "memang")]
    [InlineData("pesan", "pesan")]
    [InlineData("menanti", "nanti")]
    [InlineData("menunggu", "tunggu")]
    [InlineData("memotong", "potong")]
    [InlineData("memilih", "pilih")]
    [InlineData("pemilihan", "pilih")]
    [InlineData("menerima", "terima")]
    [InlineData("mengajar", "ajar")]
    [InlineData("menghadapi", "hadap")]
    public void Should_find_the_root_of_general_Indonesian_words(string word, string root)
    {
        // Given the dictionary-checked stemmer over hunspell-id (CI installs Debian's hunspell-id)
        var stemmer = IndonesianStemmer.Default;
        stemmer.UsesDictionary.ShouldBeTrue(stemmer.DictionarySource);

        // When a word is stemmed
        var stem = stemmer.Stem(word);

        // Then its root comes out
        stem.ShouldBe(root);
    }

    [Theory]
    [InlineData("menuduh", "tuduh")]
    [InlineData("memukul", "pukul")]
    [InlineData("menyapu", "sapu")]
    [InlineData("mengukur", "ukur")]
    [InlineData("mengirimkan", "kirim")]
    [InlineData("dipukulnya", "pukul")]
    [InlineData("kesehatan", "sehat")]
    public void Should_recode_nasal_assimilation_against_a_small_lexicon(string word, string root)
    {
        // Given a lexicon of a few roots
        var stemmer = new IndonesianStemmer(new RootLexicon(["tuduh", "pukul", "sapu", "ukur", "kirim", "sehat", "sapi"], "test"));

        // When the word is stemmed
        var stem = stemmer.Stem(word);

        // Then the recoded root is found
        stem.ShouldBe(root);
    }

    [Fact]
    public void Should_not_strip_a_word_that_is_a_root()
    {
        // Given a lexicon where "berita" and "makan" are roots
        var stemmer = new IndonesianStemmer(new RootLexicon(["berita", "makan", "rita"], "test"));

        // When roots that look affixed are stemmed
        // Then they stay whole
        stemmer.Stem("berita").ShouldBe("berita");
        stemmer.Stem("makan").ShouldBe("makan");
    }

    [Fact]
    public void Should_strip_by_rules_alone_and_say_so_when_no_dictionary_is_found()
    {
        // Given no lexicon
        var stemmer = new IndonesianStemmer(new RootLexicon([], "none found"));

        // When affixed words are stemmed
        // Then the rules alone strip them, and the stemmer reports that it has no dictionary
        stemmer.UsesDictionary.ShouldBeFalse();
        stemmer.DictionarySource.ShouldBe("none found");
        stemmer.Stem("dimainkan").ShouldBe("main");
        stemmer.Stem("bukunya").ShouldBe("buku");
        stemmer.Stem("rumah-rumah").ShouldBe("rumah");
    }

    [Theory]
    [InlineData("")]
    [InlineData("2021")]
    [InlineData("a")]
    [InlineData("COVID-19")]
    public void Should_return_odd_input_lower_cased_without_failing(string word)
    {
        // Given odd input
        // When it is stemmed
        var stem = IndonesianStemmer.Default.Stem(word);

        // Then it comes back lower-cased
        stem.ShouldBe(word.ToLowerInvariant());
    }
}
