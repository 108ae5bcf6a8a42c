using System.Text.Json.Nodes;
using Liputan.Documents;

namespace Liputan.Extraction;

/// <summary>The JSON form of an article: metadata, and paragraphs rendered from their spans.</summary>
public static class ArticleJson
{
    /// <summary>The article as a JSON object.</summary>
    public static JsonObject ToJson(Article article, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var paragraphs = new JsonArray();
        foreach (var p in article.Paragraphs)
        {
            paragraphs.Add(new JsonObject
            {
                ["start"] = p.Span.Start,
                ["end"] = p.Span.End,
                ["kind"] = p.Kind.ToString().ToLowerInvariant(),
                ["text"] = p.Span.TextOf(article.Body),
            });
        }

        var o = new JsonObject();
        if (fileName is not null)
        {
            o["file"] = fileName;
        }

        o["id"] = article.Id.ToString();
        o["url"] = article.CanonicalUrl?.AbsoluteUri;
        o["source"] = article.Source;
        o["outlet"] = article.Outlet is null ? null : new JsonObject { ["name"] = article.Outlet.Name, ["domain"] = article.Outlet.Domain, ["evidence"] = article.Outlet.Evidence };
        o["title"] = article.Title;
        o["description"] = article.Description;
        o["authors"] = new JsonArray(article.Authors.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
        o["editor"] = article.Editor;
        o["published"] = article.Published?.ToIso();
        o["published_inferred"] = article.Published?.Inferred;
        o["modified"] = article.Modified?.ToIso();
        o["language"] = article.Language;
        o["dateline"] = article.Dateline;
        o["photo_credits"] = new JsonArray(article.PhotoCredits.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
        o["content_hash"] = article.ContentHash;
        o["paragraphs"] = paragraphs;
        return o;
    }
}
