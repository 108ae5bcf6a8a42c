using Liputan.Language.Entities;

namespace Liputan.Tests.Language.Entities;

public sealed class NerCorpusTests
{
    [Fact]
    public void Should_read_entities_as_conlleval_does()
    {
        // Given a BIO sequence with a stray I- tag
        string[] tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "B-ORG"];

        // When its chunks are taken
        var chunks = NerCorpus.Chunks(tags);

        // Then the stray I- starts an entity and adjacent B- tags are separate entities
        chunks.ShouldBe([(0, 2, "PER"), (3, 5, "LOC"), (5, 6, "ORG"), (6, 7, "ORG")]);
    }

    [Fact]
    public void Should_count_only_exact_span_and_type_matches()
    {
        // Given gold and predicted sequences differing in one span and one type
        IReadOnlyList<string> gold = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"];
        IReadOnlyList<string> predicted = ["B-PER", "O", "O", "B-LOC", "O", "B-LOC"];

        // When they are scored
        var score = NerCorpus.Score([(gold, predicted)]);

        // Then one of three predictions is correct, one of three gold entities is found
        score.Correct.ShouldBe(1);
        score.Precision.ShouldBe(1.0 / 3, 1e-9);
        score.Recall.ShouldBe(1.0 / 3, 1e-9);
    }
}
