using System.Globalization;
using Liputan.Documents;
using Liputan.Language.Times;

namespace Liputan.Coverage.Timeline;

/// <summary>
/// Dated entries from the dates the articles mention (after Martschat &amp; Markert 2018: dated
/// sentences, then date selection): one entry per date, citing every article that gives it.
/// Each article's dates are read against its publication date, or, when it has none, against
/// the latest date its text fixes absolutely.
/// </summary>
internal static class TimelineBuilder
{
    private const int RepublishedDays = 180;

    public static List<TimelineEntry> Build(SentencePool pool, IReadOnlyList<Article> articles, DateOnly? firstEvent, CoverageOptions options)
    {
        var byDate = new SortedDictionary<DateOnly, List<(StorySentence Sentence, DateOnly Reference)>>();
        foreach (var a in articles)
        {
            var reference = ReferenceDate(a);
            foreach (var m in DateMentionFinder.Find(a.Body, reference))
            {
                var sentence = pool.Sentences.FirstOrDefault(s => s.Article == a && s.Span.Start <= m.Span.Start && m.Span.End <= s.Span.End);
                if (sentence is null)
                {
                    continue; // a date in a heading or caption-like line: not a timeline sentence
                }

                if (!byDate.TryGetValue(m.Date, out var list))
                {
                    byDate[m.Date] = list = [];
                }

                list.Add((sentence, reference ?? m.Date));
            }
        }

        var entries = new List<TimelineEntry>();
        foreach (var (date, mentions) in byDate)
        {
            var first = mentions.OrderBy(x => x.Sentence.Article.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(x => x.Sentence.Article.Id.Value).First();
            var kind = firstEvent is { } f && date.DayNumber < f.DayNumber - options.BackgroundDays ? "background"
                : mentions.All(x => date > x.Reference) ? "scheduled"
                : "event";
            var sources = mentions.GroupBy(x => x.Sentence.Article.Id).Select(g => g.First().Sentence.Cite()).ToList();
            entries.Add(new TimelineEntry(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), kind, first.Sentence.Text, sources));
        }

        return entries;
    }

    private static DateOnly? ReferenceDate(Article a)
    {
        if (a.Published is { } p)
        {
            // A republished page: when a weekday puts the text's own dates in another year, far
            // from the page date, the text is read against those dates, not the page's.
            var page = DateOnly.FromDateTime(p.Value.DateTime);
            var confirmed = DateMentionFinder.Find(a.Body, page).Where(m => m.WeekdayGiven && !m.YearGiven).ToList();
            if (confirmed.Count > 0 && confirmed.All(m => Math.Abs(page.DayNumber - m.Date.DayNumber) > RepublishedDays))
            {
                return confirmed.Max(m => m.Date);
            }

            return page;
        }

        var fixedDates = DateMentionFinder.Find(a.Body, null);
        return fixedDates.Count == 0 ? null : fixedDates.Max(m => m.Date);
    }
}
