using Liputan.Language.Entities;

namespace Liputan.Tests.Language.Entities;

public sealed class PerceptronTaggerTests
{
    private static List<TaggedSentence> Toy()
    {
        string[] lines =
        [
            "Budi B-PER", "Santoso I-PER", "tinggal O", "di O", "Bandung B-LOC", ". O", "",
            "Dewi B-PER", "bekerja O", "di O", "Bank B-ORG", "Nusa I-ORG", ". O", "",
            "Warga O", "Medan B-LOC", "menunggu O", "Andi B-PER", "Wijaya I-PER", ". O", "",
            "Sari B-PER", "pergi O", "ke O", "Surabaya B-LOC", "bersama O", "Eko B-PER", ". O", "",
            "Partai B-ORG", "Rakyat I-ORG", "menang O", "di O", "Bogor B-LOC", ". O",
        ];
        return NerCorpus.Read(lines);
    }

    [Fact]
    public void Should_train_to_the_same_bytes_for_the_same_seed_and_iterations()
    {
        // Given the same sentences, seed and iteration count
        // When the tagger is trained twice
        byte[] Bytes()
        {
            using var ms = new MemoryStream();
            PerceptronTagger.Train(Toy(), 5, 7).Save(ms);
            return ms.ToArray();
        }

        // Then the saved models are identical
        Bytes().ShouldBe(Bytes());
    }

    [Fact]
    public void Should_average_taggers_of_several_seeds_deterministically_and_still_learn_the_data()
    {
        // Given the same sentences and the same seeds
        byte[] Bytes(PerceptronTagger t)
        {
            using var ms = new MemoryStream();
            t.Save(ms);
            return ms.ToArray();
        }

        // When two averaged taggers are trained
        var a = PerceptronTagger.TrainAveraged(Toy(), 10, [1, 2, 3]);
        var b = PerceptronTagger.TrainAveraged(Toy(), 10, [1, 2, 3]);

        // Then they are equal and reproduce the training sentences
        Bytes(a).ShouldBe(Bytes(b));
        NerCorpus.Evaluate(a, Toy()).F1.ShouldBe(1.0);
    }

    [Fact]
    public void Should_refuse_to_average_without_a_seed()
    {
        Should.Throw<ArgumentException>(() => PerceptronTagger.TrainAveraged(Toy(), 3, []));
    }

    [Fact]
    public void Should_learn_the_training_sentences_and_round_trip_through_save_and_load()
    {
        // Given a tagger trained on a few sentences
        var data = Toy();
        var tagger = PerceptronTagger.Train(data, 10, 1);

        // When it is saved, loaded and scored on its training data
        using var ms = new MemoryStream();
        tagger.Save(ms);
        ms.Position = 0;
        var loaded = PerceptronTagger.Load(ms);

        // Then it reproduces them, and the loaded copy tags alike
        NerCorpus.Evaluate(tagger, data).F1.ShouldBe(1.0);
        foreach (var s in data)
        {
            loaded.Tag(s.Words).ShouldBe(tagger.Tag(s.Words));
        }
    }

    [Fact]
    public void Should_never_start_an_entity_with_an_inside_tag_of_another_type()
    {
        // Given the committed model
        var tagger = NerModel.Default;
        string[] words = ["Menteri", "Keuangan", "Sri", "Handayani", "berkunjung", "ke", "Kantor", "Gubernur", "Jawa", "Timur", "di", "Surabaya", "."];

        // When a sentence is tagged
        var tags = tagger.Tag(words);

        // Then every I-X follows B-X or I-X
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                i.ShouldBeGreaterThan(0);
                tags[i - 1][2..].ShouldBe(tags[i][2..]);
            }
        }

        tags[11].ShouldBe("B-LOC");
    }

    [Fact]
    public void Should_reject_a_stream_that_is_not_a_model()
    {
        // Given bytes that are not a model
        using var ms = new MemoryStream();
        using (var z = new System.IO.Compression.DeflateStream(ms, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write("hello world"u8);
        }

        ms.Position = 0;

        // When it is loaded
        // Then a clear error says so
        Should.Throw<Exception>(() => PerceptronTagger.Load(ms));
    }
}
