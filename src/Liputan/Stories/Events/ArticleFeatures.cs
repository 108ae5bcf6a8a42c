using Liputan.Documents;
using Liputan.Language.Times;
using Liputan.Language.Tokens;

namespace Liputan.Stories.Events;

/// <summary>
/// What the grouping compares: weighted content terms (title terms count double) and the
/// event date, read from the lead of the text before the page date (a republished page keeps
/// its event's date).
/// </summary>
public sealed record ArticleFeatures(ArticleId Id, IReadOnlyDictionary<string, float> TermCounts, DateOnly? EventDate, DateOnly? PageDate, string Order)
{
    private const int LeadParagraphs = 5;

    /// <summary>Features of one article.</summary>
    public static ArticleFeatures Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        if (article.Title is not null)
        {
            Add(counts, article.Title, 0, article.Title.Length, 2f);
        }

        Add(counts, article.Body, 0, article.Body.Length, 1f);

        var pageDate = article.Published is { } p ? DateOnly.FromDateTime(p.Value.DateTime) : (DateOnly?)null;
        DateOnly? eventDate = null;
        var leadEnd = article.Paragraphs.Count > 0 ? article.Paragraphs[Math.Min(LeadParagraphs, article.Paragraphs.Count) - 1].Span.End : 0;
        var mentions = DateMentionFinder.Find(article.Body, pageDate, 0, leadEnd);
        foreach (var m in mentions)
        {
            // A date confirmed by its weekday or its year beats the page date; the first wins.
            if (m.WeekdayGiven || m.YearGiven)
            {
                eventDate = m.Date;
                break;
            }
        }

        eventDate ??= mentions.Count > 0 ? mentions[0].Date : pageDate;
        var order = (eventDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "9999-99-99") + " " + article.Id;
        return new ArticleFeatures(article.Id, counts, eventDate, pageDate, order);
    }

    private static void Add(Dictionary<string, float> counts, string text, int start, int end, float weight)
    {
        foreach (var t in Tokenizer.Tokenize(text, start, end))
        {
            if (t.Shape != TokenShape.Word || t.Normal.Length < 3 || Stopwords.Contains(t.Normal))
            {
                continue;
            }

            var term = Normalize(t.Normal);
            counts[term] = counts.GetValueOrDefault(term) + weight;
        }
    }

    // Until the stemmer lands, fold the commonest Indonesian enclitics so "pasukannya" meets "pasukan".
    private static string Normalize(string word)
    {
        if (word.Length > 6 && word.EndsWith("nya", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        return word;
    }
}
