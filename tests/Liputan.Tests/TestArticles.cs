using Liputan.Documents;
using Liputan.Extraction;

namespace Liputan.Tests;

/// <summary>Builds articles for tests, and checks span invariants.</summary>
internal static class TestArticles
{
    public static Article Make(string body, string? title = null, DateTimeOffset? published = null, string? url = null)
    {
        var (text, spans) = ArticleAssembler.Join(body.Split("\n\n").Select(p => (p, ParagraphKind.Text)));
        var hash = ArticleAssembler.ContentHash(text);
        var uri = url is null ? null : new Uri(url);
        return new Article
        {
            Id = ArticleId.For(uri, hash),
            CanonicalUrl = uri,
            Title = title,
            Body = text,
            Paragraphs = spans,
            ContentHash = hash,
            Published = published is null ? null : new DateValue(published.Value, true, true),
        };
    }

    /// <summary>Every span lies within the body, and the paragraph text equals its slice.</summary>
    public static void ShouldHaveValidSpans(this Article a)
    {
        foreach (var p in a.Paragraphs)
        {
            p.Span.Start.ShouldBeGreaterThanOrEqualTo(0);
            p.Span.End.ShouldBeLessThanOrEqualTo(a.Body.Length);
            p.Span.Length.ShouldBeGreaterThan(0);
            p.Span.TextOf(a.Body).ShouldBe(p.Span.TextOf(a.Body).Trim());
        }
    }

    public static RawDocument Raw(string text, string name = "page.txt") =>
        new(System.Text.Encoding.UTF8.GetBytes(text), name, null, DateTimeOffset.UnixEpoch);
}
