using Liputan.Documents;
using Liputan.Extraction.Metadata;
using Liputan.Language.Times;
using Liputan.Language.Tokens;
using Liputan.Resources;

namespace Liputan.Stories.Events;

/// <summary>
/// What the grouping compares: weighted content terms (title terms count double) and the
/// event date, read from the lead of the text before the page date (a republished page keeps
/// its event's date).
/// </summary>
public sealed record ArticleFeatures(ArticleId Id, IReadOnlyDictionary<string, float> TermCounts, DateOnly? EventDate, DateOnly? PageDate, string Order)
{
    private const int LeadParagraphs = 5;
    private static readonly Lazy<Dictionary<string, string>> Bilingual = new(() => ResourceFile.Lines("bilingual/en-id.tsv")
        .Select(l => l.Split('\t'))
        .Where(c => c.Length == 2)
        .GroupBy(c => c[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal));

    /// <summary>Content terms of the title alone (English words read through the bilingual map).</summary>
    public IReadOnlyDictionary<string, float> TitleCounts { get; init; } = new Dictionary<string, float>();

    /// <summary>Name-like tokens (capitalised words not opening a sentence) and numbers of three or more digits, language independent.</summary>
    public IReadOnlyDictionary<string, float> EntityCounts { get; init; } = new Dictionary<string, float>();

    /// <summary>The article's language ("id", "en").</summary>
    public string Language { get; init; } = "id";

    /// <summary>Features of one article.</summary>
    public static ArticleFeatures Of(Article article) => Of(article, Tokenizer.Tokenize(article?.Body ?? throw new ArgumentNullException(nameof(article))));

    /// <summary>Features of one article whose body is already tokenized (<paramref name="bodyTokens"/>: the whole body's tokens).</summary>
    public static ArticleFeatures Of(Article article, IReadOnlyList<Token> bodyTokens)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(bodyTokens);
        // Sized for the body's distinct words up front: no rehashing while the counts fill.
        var counts = new Dictionary<string, float>(bodyTokens.Count / 2, StringComparer.Ordinal);
        var titleCounts = new Dictionary<string, float>(StringComparer.Ordinal);
        var entities = new Dictionary<string, float>(StringComparer.Ordinal);
        var english = article.Language == "en";
        if (article.Title is not null)
        {
            var title = Tokenizer.Tokenize(article.Title);
            Add(counts, title, 2f, english);
            Add(titleCounts, title, 1f, english);
        }

        Add(counts, bodyTokens, 1f, english);
        foreach (var paragraph in article.Paragraphs)
        {
            AddEntities(entities, article.Body, bodyTokens, paragraph.Span.Start, paragraph.Span.End);
        }

        var pageDate = article.Published is { } p ? DateOnly.FromDateTime(p.Value.DateTime) : (DateOnly?)null;
        DateOnly? eventDate = null;
        var leadEnd = article.Paragraphs.Count > 0 ? article.Paragraphs[Math.Min(LeadParagraphs, article.Paragraphs.Count) - 1].Span.End : 0;
        // A report tells what has happened: a date after its page date is a scheduled opening or a
        // period ("libur sekolah 20 Juni–13 Juli"), not the event reported. A day of slack for
        // time zones between the outlet and the event.
        var mentions = DateMentionFinder.Find(article.Body, pageDate, 0, leadEnd)
            .Where(m => pageDate is not { } pd || m.Date.DayNumber <= pd.DayNumber + 1)
            .ToList();
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
        return new ArticleFeatures(article.Id, counts, eventDate, pageDate, order)
        {
            TitleCounts = titleCounts,
            EntityCounts = entities,
            Language = article.Language,
        };
    }

    // Capitalised words that do not open a sentence, and numbers with their separators dropped
    // ("2.340" and "2,340" meet); years and small numbers say little about which event it is.
    // The paragraph's tokens are read from the body's (paragraphs are apart by white space, so no
    // token crosses their bounds): the body is tokenized once for terms, names and the signature.
    private static void AddEntities(Dictionary<string, float> entities, string text, IReadOnlyList<Token> bodyTokens, int start, int end)
    {
        // Skip an upper-case dateline ("SEMARANG, KABARNUSA —"): it names the outlet.
        var dash = text.IndexOf('\u2014', start, Math.Min(60, end - start));
        if (dash > start && !text.AsSpan(start, dash - start).ContainsAnyInRange('a', 'z'))
        {
            start = dash + 1;
        }

        Span<char> nameBuffer = stackalloc char[128];
        nameBuffer[0] = '@';
        var byName = entities.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = FirstAtOrAfter(bodyTokens, start);
        for (var k = first; k < bodyTokens.Count && bodyTokens[k].Span.End <= end; k++)
        {
            var t = bodyTokens[k];
            var i = k - first;
            if (t.Shape == TokenShape.Number)
            {
                var digits = new string(t.Normal.Where(char.IsDigit).ToArray());
                if (digits.Length >= 3 && !(digits.Length == 4 && digits[0] is '1' or '2' && t.Normal.Length == 4))
                {
                    var key = "#" + digits.TrimEnd('0');
                    entities[key] = entities.GetValueOrDefault(key) + 1;
                }

                continue;
            }

            if (t.Shape != TokenShape.Word || t.Normal.Length < 3 || !char.IsUpper(text[t.Span.Start]) || Stopwords.Contains(t.Normal) || IsMonthName(t.Normal))
            {
                continue;
            }

            var opensSentence = i == 0 || (bodyTokens[k - 1].Shape == TokenShape.Punctuation && bodyTokens[k - 1].Normal is "." or "!" or "?" or "\"" or "\u201c" or ":");
            if (opensSentence)
            {
                continue;
            }

            // "@name", looked up from the stack: a name's key string is made once per article, not per mention.
            if (t.Normal.AsSpan().TryCopyTo(nameBuffer[1..]))
            {
                var name = nameBuffer[..(t.Normal.Length + 1)];
                byName[name] = byName.TryGetValue(name, out var seen) ? seen + 1 : 1;
            }
            else
            {
                var key = "@" + t.Normal;
                entities[key] = entities.GetValueOrDefault(key) + 1;
            }
        }
    }

    // Month names are capitalised but name no actor or place. A report's months mostly date other
    // things than its event (an earlier event it recalls, a programme's period, next month's
    // price), and the event date already carries when it happened: as names they tie the events
    // of one month together and set a follow-up a month later apart from its first event.
    // Weekday names stay: they date the event's own day ("Senin (13/1)"), and without them the
    // first-round corpus lost a story link (docs/tuning-stories.md, round six).
    private static bool IsMonthName(string word) => CalendarWords.Month(word) != 0;

    // The index of the first token starting at or after offset (tokens are in text order).
    private static int FirstAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void Add(Dictionary<string, float> counts, IReadOnlyList<Token> tokens, float weight, bool english)
    {
        foreach (var t in tokens)
        {
            if (t.Shape != TokenShape.Word || t.Normal.Length < 3 || Stopwords.Contains(t.Normal))
            {
                continue;
            }

            var term = english ? Bilingual.Value.GetValueOrDefault(t.Normal, t.Normal) : ContentTerms.Fold(t.Normal);
            counts[term] = counts.GetValueOrDefault(term) + weight;
        }
    }
}
