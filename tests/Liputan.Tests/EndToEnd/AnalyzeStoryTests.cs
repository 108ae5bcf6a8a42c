using System.Text.Json;

namespace Liputan.Tests.EndToEnd;

/// <summary><c>liputan analyze</c> over several pages of one story: per-article analyses plus the story's merged entities.</summary>
public sealed class AnalyzeStoryTests
{
    private static string[] FloodPages() =>
        Directory.GetFiles(Cli.Examples, "*.txt").Where(f => Path.GetFileName(f).Contains("banjir", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Take(3).ToArray();

    [Fact]
    public void Should_print_each_article_and_the_story_entities_with_merged_aliases()
    {
        // Given several saved pages of one story
        var pages = FloodPages();
        pages.Length.ShouldBeGreaterThan(1);

        // When they are analysed together
        var (exit, stdout, _) = Cli.Run(["analyze", .. pages]);

        // Then each page has its analysis and the story's entities join mentions of several pages
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(stdout);
        var articles = doc.RootElement.GetProperty("articles");
        articles.GetArrayLength().ShouldBe(pages.Length);
        articles.EnumerateArray().ShouldAllBe(a => a.GetProperty("sentences").GetArrayLength() > 0);
        var entities = doc.RootElement.GetProperty("story_entities").EnumerateArray().ToList();
        entities.ShouldNotBeEmpty();
        var shared = entities.Where(e => e.GetProperty("articles").GetInt32() > 1).ToList();
        shared.ShouldNotBeEmpty();
        shared.ShouldContain(e => e.GetProperty("aliases").GetArrayLength() > 1);

        // And every mention points at its own article's text
        foreach (var e in entities)
        {
            foreach (var m in e.GetProperty("mentions").EnumerateArray())
            {
                var body = articles[m.GetProperty("article").GetInt32()].GetProperty("sentences").EnumerateArray()
                    .Select(s => s.GetProperty("text").GetString()).ToList();
                var text = m.GetProperty("text").GetString()!;
                body.ShouldContain(s => s!.Contains(text, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Should_keep_the_single_page_output_without_story_entities()
    {
        var (exit, stdout, _) = Cli.Run("analyze", FloodPages()[0]);
        exit.ShouldBe(0);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.TryGetProperty("sentences", out _).ShouldBeTrue();
        doc.RootElement.TryGetProperty("story_entities", out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_standard_input_twice_with_a_message()
    {
        var (exit, _, stderr) = Cli.Run("analyze", "-", "-");
        exit.ShouldBe(2);
        stderr.ShouldContain("only once");
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_go_on_past_a_missing_page_and_say_so()
    {
        var (exit, stdout, stderr) = Cli.Run(["analyze", Path.Combine(Cli.Examples, "no-such-page.txt"), .. FloodPages()]);
        exit.ShouldBe(3);
        stderr.ShouldContain("no-such-page.txt");
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("articles").GetArrayLength().ShouldBe(FloodPages().Length);
    }
}
