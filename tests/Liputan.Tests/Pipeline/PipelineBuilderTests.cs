using Liputan.Documents;
using Liputan.Pipeline;

namespace Liputan.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private static readonly LayerKey<string> A = new("a");
    private static readonly LayerKey<string> B = new("b");

    private sealed class Producer(LayerKey<string> output, params LayerKey[] needs) : Stage<string>
    {
        public override IReadOnlyList<LayerKey> Needs => needs;

        public override LayerKey<string> Output => output;

        protected override string Run(AnalyzedArticle input) =>
            output.Name + string.Concat(needs.Select(n => "<" + input.Get((LayerKey<string>)n)));
    }

    [Fact]
    public void Should_order_stages_by_what_they_need()
    {
        // Given a stage that needs a layer added before its producer
        var pipeline = new PipelineBuilder().Use(new Producer(B, A)).Use(new Producer(A)).Build();

        // When running
        var result = pipeline.Run(TestArticles.Make("Teks."));

        // Then the producer ran first
        result.Get(B).ShouldBe("b<a");
        pipeline.Stages[0].Produces.ShouldBe(A);
    }

    [Fact]
    public void Should_fail_fast_on_a_missing_layer()
    {
        var e = Should.Throw<InvalidOperationException>(() => new PipelineBuilder().Use(new Producer(B, A)).Build());
        e.Message.ShouldContain("'a'");
    }

    [Fact]
    public void Should_fail_on_two_producers_of_one_layer()
    {
        Should.Throw<InvalidOperationException>(() => new PipelineBuilder().Use(new Producer(A)).Use(new Producer(A)).Build());
    }

    [Fact]
    public void Should_fail_on_a_cycle()
    {
        Should.Throw<InvalidOperationException>(() => new PipelineBuilder().Use(new Producer(A, B)).Use(new Producer(B, A)).Build());
    }

    [Fact]
    public void Should_run_the_same_pipeline_on_many_threads()
    {
        var pipeline = new PipelineBuilder().Use(new Producer(A)).Use(new Producer(B, A)).Build();
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = pipeline.Run(TestArticles.Make($"Teks {i}.")).Get(B));
        results.ShouldAllBe(r => r == "b<a");
    }

    [Fact]
    public void Should_throw_when_a_layer_was_not_computed()
    {
        var analyzed = new AnalyzedArticle(TestArticles.Make("x"));
        analyzed.Find(A).ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => analyzed.Get(A));
    }
}
