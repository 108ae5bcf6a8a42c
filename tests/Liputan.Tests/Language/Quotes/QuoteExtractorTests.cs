using Liputan.Language.Quotes;

namespace Liputan.Tests.Language.Quotes;

public sealed class QuoteExtractorTests
{
    [Theory]
    [InlineData("“Jalan itu ditutup sementara,” kata Budi Santoso.", "“Jalan itu ditutup sementara,”", "kata", "Budi Santoso")]
    [InlineData("\"Kami akan memeriksa semua saksi,\" ujar Kepala Polres Sleman Ajun Komisaris Besar Yuli Andari di Sleman.", "\"Kami akan memeriksa semua saksi,\"", "ujar", "Ajun Komisaris Besar Yuli Andari")]
    [InlineData("Hendra Wijaya mengatakan, “Pasar akan pulih pada akhir tahun.”", "“Pasar akan pulih pada akhir tahun.”", "mengatakan", "Hendra Wijaya")]
    [InlineData("“Harga beras naik lagi,” kata Kepala BPBD Kota Bandung, Rina Hartati.", "“Harga beras naik lagi,”", "kata", "Rina Hartati")]
    [InlineData("\"The talks were useful,\" the minister said.", "\"The talks were useful,\"", "said", null)]
    [InlineData("\"The talks were useful,\" Maria Lopez said.", "\"The talks were useful,\"", "said", "Maria Lopez")]
    public void Should_find_a_direct_quote_with_cue_and_speaker(string text, string quote, string cue, string? name)
    {
        // Given one sentence with a direct quote
        // When quotes are extracted
        var q = QuoteExtractor.Default.Extract(text).ShouldHaveSingleItem();

        // Then the statement, cue and speaker name are the expected spans
        q.Kind.ShouldBe(QuoteKind.Direct);
        q.Span.TextOf(text).ShouldBe(quote);
        q.Cue!.Value.TextOf(text).ShouldBe(cue);
        if (name is not null)
        {
            q.Speaker!.Name!.Value.TextOf(text).ShouldBe(name);
        }
    }

    [Fact]
    public void Should_state_the_role_next_to_the_name()
    {
        var text = "“Air mulai surut,” kata Kepala BPBD Kota Bandung, Rina Hartati.";
        var q = QuoteExtractor.Default.Extract(text).ShouldHaveSingleItem();
        q.Speaker!.Role!.Value.TextOf(text).ShouldBe("Kepala BPBD Kota Bandung");
    }

    [Fact]
    public void Should_resolve_a_nya_cue_and_a_pronoun_to_the_last_named_speaker()
    {
        // Given a named quote followed by "ujarnya" and "kata dia"
        var text = "“Kami siap,” kata Dedi Mulyono.\n“Semua petugas sudah di lokasi,” ujarnya.\n“Besok jalan dibuka,” kata dia.";

        // When quotes are extracted
        var qs = QuoteExtractor.Default.Extract(text);

        // Then all three resolve to the same name
        qs.Count.ShouldBe(3);
        qs.Select(q => q.Speaker!.Name!.Value.TextOf(text)).ShouldAllBe(n => n == "Dedi Mulyono");
        qs[1].Speaker!.IsAnaphor.ShouldBeTrue();
        qs[2].Speaker!.Mention.TextOf(text).ShouldBe("dia");
    }

    [Theory]
    [InlineData("Budi Santoso mengatakan negaranya siap berunding dengan Presiden Arkadia Rina Wulandari.\n\nDia menambahkan, “Kami akan hadir bulan depan.”")]
    [InlineData("“Kami siap berunding,” kata Budi Santoso.\n\nPernyataan itu muncul setelah Rina Wulandari tiba di ibu kota.\n\nIa menambahkan, “Kami akan hadir bulan depan.”")]
    [InlineData("Budi Santoso mengatakan Rina Wulandari “segera menjawab” usulan itu. Dia menambahkan: “Kami akan hadir bulan depan.”")]
    public void Should_give_dia_menambahkan_to_the_speaker_before_it_not_a_person_only_mentioned(string text)
    {
        // Given a speaker, another person only mentioned, then "Dia/Ia menambahkan" with a quote
        var added = QuoteExtractor.Default.Extract(text).Single(q => q.Span.TextOf(text).Contains("hadir", StringComparison.Ordinal));

        // Then the added quote goes to the speaker
        added.Speaker!.Name!.Value.TextOf(text).ShouldBe("Budi Santoso");
        added.Speaker.IsAnaphor.ShouldBeTrue();
    }

    [Fact]
    public void Should_pass_over_an_institution_when_resolving_a_personal_pronoun()
    {
        // Given a person's statement, then an institution's, then "Dia menambahkan"
        var text = "Budi Santoso mengatakan jembatan itu aman dilalui.\n\nKomisi Pemberantasan Korupsi menyatakan penyelidikan masih berjalan.\n\nDia menambahkan, “Perbaikan selesai pekan depan.”";

        // When quotes are extracted
        var added = QuoteExtractor.Default.Extract(text).Single(q => q.Span.TextOf(text).Contains("Perbaikan", StringComparison.Ordinal));

        // Then "dia" is the person, not the commission
        added.Speaker!.Name!.Value.TextOf(text).ShouldBe("Budi Santoso");
    }

    [Fact]
    public void Should_resolve_a_role_anaphor_to_the_speaker_with_that_role()
    {
        var text = "“Stok aman,” kata juru bicara Kementerian Perdagangan, Sari Utami.\n\"Harga akan turun,\" ujar Bambang Irawan.\n“Impor tidak perlu,” kata juru bicara itu.";
        var qs = QuoteExtractor.Default.Extract(text);
        qs.Count.ShouldBe(3);
        qs[2].Speaker!.Name!.Value.TextOf(text).ShouldBe("Sari Utami");
    }

    [Fact]
    public void Should_join_a_quote_that_runs_across_paragraphs()
    {
        // Given a quote whose first paragraph is not closed and the next reopens it
        var text = "“Kami sudah bekerja keras sejak pagi.\n“Hasilnya terlihat besok,” kata Wati Lestari.";

        // When quotes are extracted
        var q = QuoteExtractor.Default.Extract(text).ShouldHaveSingleItem();

        // Then one quote covers both paragraphs
        q.Span.Start.ShouldBe(0);
        q.Span.TextOf(text).ShouldEndWith("besok,”");
        q.Speaker!.Name!.Value.TextOf(text).ShouldBe("Wati Lestari");
    }

    [Theory]
    [InlineData("Ahmad Fauzi mengatakan bahwa pembangunan jembatan selesai bulan depan.", "pembangunan jembatan selesai bulan depan", "mengatakan", "Ahmad Fauzi")]
    [InlineData("Menurut Siti Aminah, harga cabai akan naik menjelang Lebaran.", "harga cabai akan naik menjelang Lebaran", "Menurut", "Siti Aminah")]
    [InlineData("Harga cabai akan naik menjelang Lebaran, kata Siti Aminah.", "Harga cabai akan naik menjelang Lebaran", "kata", "Siti Aminah")]
    [InlineData("Namun, Joko Susilo menegaskan, tidak ada penundaan proyek.", "tidak ada penundaan proyek", "menegaskan", "Joko Susilo")]
    public void Should_find_an_indirect_quote(string text, string statement, string cue, string name)
    {
        var q = QuoteExtractor.Default.Extract(text).ShouldHaveSingleItem();
        q.Kind.ShouldBe(QuoteKind.Indirect);
        q.Span.TextOf(text).ShouldBe(statement);
        q.Cue!.Value.TextOf(text).ShouldBe(cue);
        q.Speaker!.Name!.Value.TextOf(text).ShouldBe(name);
    }

    [Theory]
    [InlineData("Warga menyebut kawasan itu sebagai “kampung lama” sejak dulu.")]
    [InlineData("Hujan turun sejak pagi dan jalan tergenang.")]
    [InlineData("")]
    [InlineData("“")]
    public void Should_not_find_a_quote_in_text_without_speech(string text) =>
        QuoteExtractor.Default.Extract(text).Where(q => q.Cue is not null).ShouldBeEmpty();

    [Theory]
    [InlineData("Rina Hartati mengatakan Budi “langsung membalas” bahwa semua izin akan diperiksa ulang.", "Budi “langsung membalas” bahwa semua izin akan diperiksa ulang", "Rina Hartati")]
    [InlineData("Menurut Rina, Wali Kota Andi Wijaya telah “mempelajari dengan serius” usulan tersebut.", "Wali Kota Andi Wijaya telah “mempelajari dengan serius” usulan tersebut", "Rina")]
    [InlineData("Kepala Dinas Pendidikan, Rina Hartati, mengatakan rapat itu memberi “dasar yang baik” bagi kerja sama.", "rapat itu memberi “dasar yang baik” bagi kerja sama", "Rina Hartati")]
    [InlineData("Juru bicara Kementerian Luar Negeri Andi Wijaya mengatakan dalam sebuah pernyataan bahwa jalan itu akan dibuka pekan depan.", "jalan itu akan dibuka pekan depan", "Andi Wijaya")]
    [InlineData("Namun demikian Rina mengatakan pemerintah masih menunggu hasil uji laboratorium.", "pemerintah masih menunggu hasil uji laboratorium", "Rina")]
    public void Should_find_reported_speech_with_quoted_fragments_adjuncts_and_leads(string text, string statement, string name)
    {
        // Given reported speech, perhaps with quoted words inside, an adjunct or a lead phrase
        // When quotes are extracted
        var q = QuoteExtractor.Default.Extract(text).Single(x => x.Kind == QuoteKind.Indirect);

        // Then the statement runs after the cue and the speaker is the subject of the cue
        q.Span.TextOf(text).ShouldBe(statement);
        q.Speaker!.Name!.Value.TextOf(text).ShouldBe(name);
    }

    [Fact]
    public void Should_join_quoted_fragments_before_a_cue_and_keep_an_unnamed_speaker()
    {
        // Given two quoted fragments joined by paraphrase, then "kata seorang pejabat …"
        var text = "“Ada dua pilihan,” termasuk dialog dan tekanan, termasuk “sanksi yang berat,” kata seorang pejabat senior kementerian.";

        // When quotes are extracted
        var q = QuoteExtractor.Default.Extract(text).Single(x => x.Kind == QuoteKind.Indirect);

        // Then the whole statement is one quote whose speaker is the unnamed official
        q.Span.TextOf(text).ShouldStartWith("“Ada dua pilihan,”");
        q.Span.TextOf(text).ShouldEndWith("berat");
        q.Speaker!.Name.ShouldBeNull();
        q.Speaker.Mention.TextOf(text).ShouldBe("pejabat senior kementerian");
    }

    [Fact]
    public void Should_continue_the_speaker_into_a_paragraph_that_is_only_a_quote()
    {
        // Given a quote with its speaker, then a paragraph that is a quotation without a cue
        var text = "“Kami siap,” kata Rina Hartati.\n\n“Semua petugas sudah di lapangan sejak pagi.”\n\nHujan turun lagi.";

        // When quotes are extracted
        var quotes = QuoteExtractor.Default.Extract(text);

        // Then the second quote has Rina's name
        var second = quotes.Single(q => q.Span.TextOf(text).StartsWith("“Semua", StringComparison.Ordinal));
        second.Speaker!.Name!.Value.TextOf(text).ShouldBe("Rina Hartati");
    }

    [Fact]
    public void Should_keep_an_anonymous_anaphor_apart_from_the_last_named_speaker()
    {
        // Given a named speaker, then "Pejabat itu juga mengakui bahwa …"
        var text = "Andi Wijaya mengatakan jalan itu akan dibuka pekan depan. Pejabat itu juga mengakui bahwa anggaran perbaikan belum cair.";

        // When quotes are extracted
        var q = QuoteExtractor.Default.Extract(text).Single(x => x.Span.TextOf(text).StartsWith("anggaran", StringComparison.Ordinal));

        // Then the speaker is the anaphor, not Andi Wijaya
        q.Speaker!.Mention.TextOf(text).ShouldBe("Pejabat itu");
        q.Speaker.Name.ShouldBeNull();
    }

    [Fact]
    public void Should_give_an_anonymous_anaphor_the_description_stated_earlier()
    {
        // Given "pejabat Kementerian Keuangan" described first, then "Pejabat itu mengakui bahwa …"
        var text = "Dalam jumpa pers, pejabat Kementerian Keuangan menggambarkan rapat itu sebagai langkah awal. Pejabat itu juga mengakui bahwa anggaran perbaikan belum cair.";

        // When quotes are extracted
        var q = QuoteExtractor.Default.Extract(text).Single(x => x.Span.TextOf(text).StartsWith("anggaran", StringComparison.Ordinal));

        // Then the speaker's role is that description
        q.Speaker!.Role!.Value.TextOf(text).ShouldBe("pejabat Kementerian Keuangan");
    }

    [Fact]
    public void Should_read_a_speaker_after_menurut_following_a_quote()
    {
        var text = "“Kami menolak usulan itu,” menurut pihak Kementerian Keuangan dalam sebuah pernyataan.";
        var q = QuoteExtractor.Default.Extract(text).ShouldHaveSingleItem();
        q.Speaker!.Mention.TextOf(text).ShouldStartWith("pihak Kementerian Keuangan");
    }
}
