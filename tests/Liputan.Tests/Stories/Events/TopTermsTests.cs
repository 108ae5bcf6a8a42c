using Liputan.Stories.Events;

namespace Liputan.Tests.Stories.Events;

public sealed class TopTermsTests
{
    [Fact]
    public void Should_pick_the_heaviest_terms_and_break_ties_by_the_term()
    {
        // Given interned terms with weights, two of them tied
        var terms = new TermTable();
        var ids = new[] { "kota", "banjir", "air", "tanggul", "warga" }.Select(terms.Id).ToArray();
        var weights = new[] { 0.5, 0.9, 0.5, 0.1, 0.7 };
        var top = new TopTerms(terms);

        // When selecting three
        top.Reset(3);
        for (var i = 0; i < ids.Length; i++)
        {
            top.Offer(ids[i], weights[i]);
        }

        // Then they come heaviest first, "air" before "kota" at equal weight, as a full sort would give
        var expected = ids.Zip(weights).OrderByDescending(p => p.Second).ThenBy(p => terms[p.First], StringComparer.Ordinal).Take(3).Select(p => p.First);
        top.Selected.ToArray().ShouldBe(expected);
        top.Selected.ToArray().Select(i => terms[i]).ShouldBe(["banjir", "warga", "air"]);
    }

    [Fact]
    public void Should_match_a_full_sort_on_random_vectors()
    {
        var terms = new TermTable();
        var r = new Random(7);
        var ids = Enumerable.Range(0, 300).Select(i => terms.Id("t" + i)).ToArray();
        var top = new TopTerms(terms);
        for (var round = 0; round < 20; round++)
        {
            // Weights from a small set, so that ties are common
            var weights = ids.Select(_ => r.Next(20) / 10.0).ToArray();
            top.Reset(12);
            for (var i = 0; i < ids.Length; i++)
            {
                top.Offer(ids[i], weights[i]);
            }

            var expected = ids.Zip(weights).OrderByDescending(p => p.Second).ThenBy(p => terms[p.First], StringComparer.Ordinal).Take(12).Select(p => p.First);
            top.Selected.ToArray().ShouldBe(expected);
        }
    }
}
