using System.Globalization;
using Liputan.Documents;
using Liputan.Language.Times;

namespace Liputan.Coverage.Timeline;

/// <summary>
/// Dated entries from the time expressions of the articles (after Martschat &amp; Markert 2018:
/// dated sentences, then date selection): one entry per normalised value, citing every article
/// that gives it. Each article's expressions are read against its publication date, or, when it
/// has none, against the latest date its text fixes absolutely. Dates well before the story's
/// first event are background; the date right after a cited medium ("dikutip dari Reuters,
/// (31/12/2021)") dates that report, not an event of the story.
/// </summary>
internal static class TimelineBuilder
{
    private const int RepublishedDays = 180;

    // A span of more than a month ("dua bulan terakhir") is a duration, not a date of the story.
    private const int LongestInterval = 31;

    private sealed record Mention(StorySentence Sentence, TimeExpression Time, string Words, DateOnly Reference, bool Report);

    public static List<TimelineEntry> Build(SentencePool pool, IReadOnlyList<Article> articles, Dictionary<ArticleId, ArticleAnnotations> notes, DateOnly? firstEvent, CoverageOptions options)
    {
        var sentences = pool.Sentences.ToLookup(s => s.Article.Id);
        var perArticle = new List<Mention>[articles.Count];
        Parallel.For(0, articles.Count, k =>
        {
            var a = articles[k];
            var list = new List<Mention>();
            var note = notes[a.Id];
            var reference = note.Reference;
            var media = note.Media.Where(m => m.Span is not null).Select(m => m.Span!.Value).ToList();
            foreach (var t in note.Times)
            {
                if (t.Granularity == TimeGranularity.Interval && t.End.DayNumber - t.Start.DayNumber > LongestInterval)
                {
                    continue;
                }

                var sentence = sentences[a.Id].FirstOrDefault(s => s.Span.Start <= t.Span.Start && t.Span.End <= s.Span.End);
                if (sentence is null)
                {
                    continue; // a date in a heading or caption-like line: not a timeline sentence
                }

                list.Add(new Mention(sentence, t, t.Span.TextOf(a.Body), reference ?? t.Start, media.Any(m => DatesReport(a.Body, m, t.Span))));
            }

            perArticle[k] = list;
        });

        var entries = new List<TimelineEntry>();
        foreach (var group in perArticle.SelectMany(x => x).GroupBy(m => (m.Time.Value, m.Report)).OrderBy(g => g.First().Time.Start).ThenBy(g => g.First().Time.End).ThenBy(g => g.Key.Report))
        {
            var t = group.First().Time;
            var kind = group.Key.Report ? "report"
                : firstEvent is { } f && t.End.DayNumber < f.DayNumber - options.BackgroundDays ? "background"
                : group.All(x => t.Start > x.Reference) ? "scheduled"
                : "event";
            var bySource = group.GroupBy(x => (x.Sentence.Article.Id, x.Sentence.Span.Start))
                .Select(g => g.First())
                .OrderBy(x => x.Sentence.Article.Published?.Value ?? DateTimeOffset.MaxValue).ThenBy(x => x.Sentence.Article.Id.Value).ThenBy(x => x.Sentence.Span.Start)
                .ToList();
            entries.Add(new TimelineEntry(
                Iso(t.Start),
                Iso(t.End),
                t.Value,
                t.Granularity.ToString().ToLowerInvariant(),
                kind,
                bySource[0].Sentence.Text,
                bySource.Select(x => x.Sentence.Cite()).ToList(),
                bySource.Select(x => x.Words).ToList()));
        }

        return entries;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The date follows the medium's name with nothing but a weekday and punctuation between.
    private static bool DatesReport(string body, TextSpan medium, TextSpan time)
    {
        if (time.Start < medium.End || time.Start - medium.End > 12)
        {
            return false;
        }

        foreach (var c in body.AsSpan(medium.End, time.Start - medium.End))
        {
            if (!(c is ',' or '(' or ' ' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    internal static DateOnly? ReferenceDate(Article a)
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
