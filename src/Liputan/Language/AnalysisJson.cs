using System.Globalization;
using System.Text.Json.Nodes;
using Liputan.Pipeline;

namespace Liputan.Language;

/// <summary>The JSON form of an analysed article: every layer with spans and text.</summary>
public static class AnalysisJson
{
    /// <summary>The analysis as a JSON object.</summary>
    public static JsonObject ToJson(AnalyzedArticle analyzed)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        var body = analyzed.Article.Body;
        var o = new JsonObject
        {
            ["id"] = analyzed.Article.Id.ToString(),
            ["title"] = analyzed.Article.Title,
            ["language"] = analyzed.Article.Language,
            ["body_length"] = body.Length,
            ["offsets"] = "UTF-16 code units into the body",
        };
        if (analyzed.Find(LanguageLayers.Sentences) is { } sentences)
        {
            o["sentences"] = new JsonArray(sentences.Select(s => (JsonNode)new JsonObject { ["start"] = s.Start, ["end"] = s.End, ["text"] = s.TextOf(body) }).ToArray());
        }

        if (analyzed.Find(LanguageLayers.Tokens) is { } tokens)
        {
            o["tokens"] = new JsonArray(tokens.Select(t => (JsonNode)new JsonArray(t.Span.Start, t.Span.End, t.Normal, t.Shape.ToString().ToLowerInvariant())).ToArray());
        }

        if (analyzed.Find(LanguageLayers.Dates) is { } dates)
        {
            o["dates"] = new JsonArray(dates.Select(d => (JsonNode)new JsonObject
            {
                ["start"] = d.Span.Start,
                ["end"] = d.Span.End,
                ["text"] = d.Span.TextOf(body),
                ["value"] = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["year_given"] = d.YearGiven,
                ["weekday_given"] = d.WeekdayGiven,
            }).ToArray());
        }

        if (analyzed.Find(LanguageLayers.Entities) is { } entities)
        {
            o["entities"] = new JsonArray(entities.Select(e => (JsonNode)new JsonObject
            {
                ["start"] = e.Span.Start,
                ["end"] = e.Span.End,
                ["text"] = e.Span.TextOf(body),
                ["type"] = e.Type.ToString().ToUpperInvariant(),
                ["canonical"] = e.Canonical,
                ["role"] = e.Role,
            }).ToArray());
        }

        if (analyzed.Find(LanguageLayers.Quotes) is { } quotes)
        {
            o["quotes"] = new JsonArray(quotes.Select(q => (JsonNode)new JsonObject
            {
                ["start"] = q.Span.Start,
                ["end"] = q.Span.End,
                ["text"] = q.Span.TextOf(body),
                ["kind"] = q.Kind.ToString().ToLowerInvariant(),
                ["cue"] = SpanJson(q.Cue, body),
                ["speaker"] = SpanJson(q.Speaker?.Mention, body),
                ["speaker_name"] = SpanJson(q.Speaker?.Name, body),
                ["role"] = SpanJson(q.Speaker?.Role, body),
                ["resolved"] = q.Speaker?.IsAnaphor ?? false,
            }).ToArray());
        }

        if (analyzed.Find(LanguageLayers.Quantities) is { } quantities)
        {
            o["quantities"] = new JsonArray(quantities.Select(q => (JsonNode)new JsonObject
            {
                ["start"] = q.Span.Start,
                ["end"] = q.Span.End,
                ["text"] = q.Span.TextOf(body),
                ["min"] = q.Min,
                ["max"] = q.Max,
                ["unit"] = q.Unit,
                ["approximation"] = q.Approximation.ToString().ToLowerInvariant(),
            }).ToArray());
        }

        if (analyzed.Find(LanguageLayers.CitedMedia) is { } media)
        {
            o["cited_media"] = new JsonArray(media.Select(c => (JsonNode)new JsonObject
            {
                ["span"] = SpanJson(c.Span, body),
                ["name"] = c.Name,
                ["domain"] = c.Domain,
                ["cue"] = c.Cue,
            }).ToArray());
        }

        if (analyzed.Find(LanguageLayers.Times) is { } times)
        {
            o["times"] = new JsonArray(times.Select(t => (JsonNode)new JsonObject
            {
                ["start"] = t.Span.Start,
                ["end"] = t.Span.End,
                ["text"] = t.Span.TextOf(body),
                ["value"] = t.Value,
                ["granularity"] = t.Granularity.ToString().ToLowerInvariant(),
            }).ToArray());
        }

        return o;
    }

    /// <summary>
    /// Several analysed articles of one story: each article's analysis, and the story's entities
    /// with the aliases merged across the articles (<see cref="Entities.StoryEntityResolver"/>).
    /// A mention's <c>article</c> is the article's index in <c>articles</c>.
    /// </summary>
    public static JsonObject ToStoryJson(IReadOnlyList<AnalyzedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);

        // Indexes, not article ids, key the mentions: the same page given twice keeps its two places.
        var inputs = articles.Select((a, i) => new Entities.ArticleEntities(
            i.ToString(CultureInfo.InvariantCulture), a.Article.Body, a.Find(LanguageLayers.Entities) ?? []));
        var entities = Entities.StoryEntityResolver.Default.Resolve(inputs);
        return new JsonObject
        {
            ["articles"] = new JsonArray(articles.Select(a => (JsonNode)ToJson(a)).ToArray()),
            ["story_entities"] = new JsonArray(entities.Select(e => (JsonNode)new JsonObject
            {
                ["canonical"] = e.Canonical,
                ["type"] = e.Type.ToString().ToUpperInvariant(),
                ["aliases"] = new JsonArray(e.Aliases.Select(x => (JsonNode)JsonValue.Create(x)).ToArray()),
                ["articles"] = e.Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(),
                ["mentions"] = new JsonArray(e.Mentions.Select(m => (JsonNode)new JsonObject
                {
                    ["article"] = int.Parse(m.ArticleId, CultureInfo.InvariantCulture),
                    ["start"] = m.Mention.Span.Start,
                    ["end"] = m.Mention.Span.End,
                    ["text"] = m.Mention.Span.TextOf(articles[int.Parse(m.ArticleId, CultureInfo.InvariantCulture)].Article.Body),
                }).ToArray()),
            }).ToArray()),
        };
    }

    private static JsonObject? SpanJson(Liputan.Documents.TextSpan? span, string body) =>
        span is { } s ? new JsonObject { ["start"] = s.Start, ["end"] = s.End, ["text"] = s.TextOf(body) } : null;
}
