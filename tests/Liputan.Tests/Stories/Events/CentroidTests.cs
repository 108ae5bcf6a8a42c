using Liputan.Stories.Events;

namespace Liputan.Tests.Stories.Events;

public sealed class CentroidTests
{
    private static TermVector V(params (int Id, double W)[] terms) =>
        new(terms.Select(t => t.Id).ToArray(), terms.Select(t => t.W).ToArray());

    [Fact]
    public void Should_sum_vectors_and_keep_the_norm_of_the_sum()
    {
        // Given two vectors sharing one term
        var c = new Centroid();

        // When both are added
        c.Add(V((1, 0.6), (4, 0.8)));
        c.Add(V((2, 1.0), (4, 0.5)));

        // Then the centroid is their sum and its norm that of the sum
        c.Entries().ShouldBe([(1, 0.6), (2, 1.0), (4, 1.3)]);
        c.Norm.ShouldBe(Math.Sqrt((0.6 * 0.6) + 1 + (1.3 * 1.3)), 1e-12);
        c.Dot(V((2, 1.0), (3, 5.0), (4, 1.0))).ShouldBe(2.3, 1e-12);
    }

    [Fact]
    public void Should_give_the_cosine_of_two_centroids_and_zero_for_an_empty_one()
    {
        var a = new Centroid();
        a.Add(V((1, 1.0), (2, 1.0)));
        var b = new Centroid();
        b.Add(V((2, 2.0), (3, 2.0)));

        Centroid.Cosine(a, b).ShouldBe(0.5, 1e-12);
        Centroid.Cosine(a, new Centroid()).ShouldBe(0);
    }

    [Fact]
    public void Should_give_the_same_dot_product_to_the_last_bit_from_a_spread_out_vector()
    {
        // Given centroids and articles of random terms and signed weights, some with no term in common
        var random = new Random(7);
        TermVector Random(int n)
        {
            var ids = Enumerable.Range(0, n).Select(_ => random.Next(500)).Distinct().Order().ToArray();
            return new TermVector(ids, ids.Select(_ => random.NextDouble() - 0.3).ToArray());
        }

        var spread = new DenseVector();
        for (var k = 0; k < 200; k++)
        {
            var c = new Centroid();
            c.Add(Random(random.Next(1, 80)));
            c.Add(Random(random.Next(1, 80)));
            var article = Random(random.Next(0, 60));

            // When the article is spread out over term ids (after another article was cleared)
            spread.Load(Random(30), 500);
            spread.Clear();
            spread.Load(article, 500);

            // Then its dot product with the centroid is the merge walk's, bit for bit
            BitConverter.DoubleToInt64Bits(c.Dot(spread)).ShouldBe(BitConverter.DoubleToInt64Bits(c.Dot(article)));
        }

        spread.Clear();
        spread.Weights.ShouldAllBe(w => w == 0);
    }

    [Fact]
    public void Should_read_back_exactly_what_it_wrote()
    {
        // Given a centroid grown from three vectors
        var c = new Centroid();
        c.Add(V((7, 0.1), (9, 0.2)));
        c.Add(V((3, 0.3), (9, 0.4)));
        c.Add(V((3, 1.0 / 3)));

        // When written and read again
        var read = Centroid.Read(c.Write(), frozen: false);

        // Then terms, weights and norm are bit for bit the same, and it still grows
        read.Entries().ShouldBe(c.Entries());
        read.Norm.ShouldBe(c.Norm);
        read.Add(V((1, 1.0)));
        read.Count.ShouldBe(4);
    }

    [Fact]
    public void Should_refuse_to_grow_once_frozen()
    {
        var c = new Centroid();
        c.Add(V((1, 1.0)));
        c.Freeze();

        Should.Throw<InvalidOperationException>(() => c.Add(V((2, 1.0))));
        Centroid.Read(c.Write(), frozen: true).IsFrozen.ShouldBeTrue();
    }

    [Fact]
    public void Should_reject_a_truncated_stored_centroid_with_a_clear_message()
    {
        var c = new Centroid();
        c.Add(V((1, 1.0), (2, 1.0)));
        var bytes = c.Write();

        Should.Throw<InvalidDataException>(() => Centroid.Read(bytes.AsSpan(0, bytes.Length - 3), frozen: false)).Message.ShouldContain("wrong length");
        Should.Throw<InvalidDataException>(() => Centroid.Read(new byte[4], frozen: false)).Message.ShouldContain("truncated");
    }
}
