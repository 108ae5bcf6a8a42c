using System.Globalization;
using System.Text.RegularExpressions;
using Liputan.Documents;
using Liputan.Extraction.Metadata;

namespace Liputan.Language.Times;

/// <summary>
/// Normalises absolute and relative time expressions ("kemarin", "Kamis lalu", "pekan lalu",
/// "awal pekan ini", "bulan lalu", "tahun 2014", "9-10 Januari", "sehari setelahnya",
/// "dua bulan terakhir") against a reference date: the publication date, or else the latest date
/// the text fixes with its year.
/// </summary>
public static partial class TimeExpressionFinder
{
    /// <summary>The time expressions of <paramref name="text"/> in text order.</summary>
    public static IReadOnlyList<TimeExpression> Find(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var absolute = DateMentionFinder.Find(text, published);
        var reference = published ?? (absolute.Where(a => a.YearGiven).Select(a => (DateOnly?)a.Date).Max());
        if (published is { } pub && Republished(absolute, pub) is { } written)
        {
            reference = written;
        }

        if (reference is not null && reference != published)
        {
            absolute = DateMentionFinder.Find(text, reference);
        }

        var list = absolute.Select(a => new TimeExpression(a.Span, a.Date, a.Date, TimeGranularity.Day)).ToList();
        if (reference is not { } r)
        {
            return list;
        }

        // A day range ("9-10 Januari") replaces the single date found inside it.
        foreach (Match m in Relative().Matches(text))
        {
            if (m.Groups["d1"].Success)
            {
                var range = new TextSpan(m.Index, m.Index + m.Length);
                list.RemoveAll(e => range.Overlaps(e.Span));
                absolute.RemoveAll(a => range.Overlaps(a.Span));
            }
        }

        var taken = absolute.Select(a => a.Span).ToList();
        var found = new List<(Match M, TextSpan Span)>();
        foreach (Match m in Relative().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (taken.Any(t => t.Overlaps(span) || m.Groups["kemarin"].Success && t.End <= span.Start && span.Start - t.End <= 2))
            {
                continue; // part of an absolute date ("Selasa (7/12) kemarin")
            }

            found.Add((m, span));
        }

        // Expressions relative to the previous date need the earlier ones first.
        var all = new List<TimeExpression>(list);
        // Words inside a quotation were spoken on the day of the reported event: the lead's date
        // (the first date of the text), when it is the reference day or shortly before it.
        DateOnly? spoken = absolute.Count > 0 && absolute[0].Date <= r && absolute[0].Date >= r.AddDays(-7) ? absolute[0].Date : null;
        foreach (var (m, span) in found.OrderBy(f => f.Span.Start))
        {
            var previous = all.Where(e => e.Span.End <= span.Start).OrderBy(e => e.Span.End).LastOrDefault();
            var basis = spoken is { } sd && IsDeictic(m) && InsideQuotation(text, span.Start) ? sd : r;
            if (Normalise(m, span, basis, previous) is { } e)
            {
                all.Add(e);
            }
        }

        return all.OrderBy(e => e.Span.Start).ToList();
    }

    /// <summary>
    /// A page republished long after it was written: a weekday with day and month fixes a date
    /// more than half a year before the page date ("Kamis (30 Desember)" on a page of 2024 is
    /// 2021). The text is then read against the latest such date.
    /// </summary>
    private static DateOnly? Republished(List<DateMention> absolute, DateOnly published)
    {
        var fixedByWeekday = absolute.Where(a => a.WeekdayGiven).Select(a => a.Date).ToList();
        if (fixedByWeekday.Count == 0 || absolute.Any(a => a.Date > published.AddDays(-180) && a.Date <= published.AddDays(7)))
        {
            return null;
        }

        var latest = fixedByWeekday.Max();
        return latest < published.AddDays(-180) ? latest : null;
    }

    private static bool IsDeictic(Match m) => m.Groups["kemarin"].Success || m.Groups["today"].Success || m.Groups["besok"].Success;

    /// <summary>True when an odd number of quotation marks open before the position in its paragraph.</summary>
    private static bool InsideQuotation(string text, int position)
    {
        var start = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        int open = 0, close = 0, straight = 0;
        for (var i = start; i < position; i++)
        {
            switch (text[i])
            {
                case '“':
                    open++;
                    break;
                case '”':
                    close++;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        return open > close || straight % 2 == 1;
    }

    private static TimeExpression? Normalise(Match m, TextSpan span, DateOnly r, TimeExpression? previous)
    {
        var g = m.Groups;
        if (g["kemarin"].Success)
        {
            return Day(span, r.AddDays(-1));
        }

        if (g["today"].Success)
        {
            return Day(span, r);
        }

        if (g["besok"].Success)
        {
            return Day(span, r.AddDays(1));
        }

        if (g["wd"].Success && g["wd"].Value == "minggu")
        {
            // lower-case "minggu lalu" is a week, not a Sunday
            var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7));
            monday = g["dir"].Value.ToLowerInvariant() is "depan" ? monday.AddDays(7) : monday.AddDays(-7);
            return new TimeExpression(span, monday, monday.AddDays(6), TimeGranularity.Interval);
        }

        if (g["wd2"].Success && CalendarWords.Weekday(g["wd2"].ValueSpan) is { } wd2)
        {
            var back2 = ((int)r.DayOfWeek - (int)wd2 + 7) % 7;
            var forward2 = ((int)wd2 - (int)r.DayOfWeek + 7) % 7;
            return m.Value.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? Day(span, r.AddDays(forward2 == 0 ? 7 : forward2)) : Day(span, r.AddDays(-(back2 == 0 ? 7 : back2)));
        }

        if (g["wd"].Success && CalendarWords.Weekday(g["wd"].ValueSpan) is { } wd)
        {
            var back = ((int)r.DayOfWeek - (int)wd + 7) % 7;
            var forward = ((int)wd - (int)r.DayOfWeek + 7) % 7;
            return g["dir"].Value.ToLowerInvariant() switch
            {
                "depan" or "next" => Day(span, r.AddDays(forward == 0 ? 7 : forward)),
                _ => Day(span, r.AddDays(-(back == 0 ? 7 : back))),
            };
        }

        if (g["week"].Success)
        {
            var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7));
            var which = g["wdir"].Value.ToLowerInvariant();
            if (which is "lalu" or "kemarin" || m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase))
            {
                monday = monday.AddDays(-7);
            }

            var part = g["part"].Value.ToLowerInvariant();
            return part switch
            {
                "awal" => new TimeExpression(span, monday, monday.AddDays(2), TimeGranularity.Interval),
                "akhir" => new TimeExpression(span, monday.AddDays(5), monday.AddDays(6), TimeGranularity.Interval),
                _ => new TimeExpression(span, monday, monday.AddDays(6), TimeGranularity.Interval),
            };
        }

        if (g["weekend"].Success)
        {
            // A bare "akhir pekan" in news is the latest weekend up to the reference date.
            var saturday = r.AddDays(-(((int)r.DayOfWeek + 1) % 7));
            return new TimeExpression(span, saturday, saturday.AddDays(1), TimeGranularity.Interval);
        }

        if (g["month"].Success)
        {
            var first = new DateOnly(r.Year, r.Month, 1);
            if (g["mdir"].Value.ToLowerInvariant() is "lalu" or "last")
            {
                first = first.AddMonths(-1);
            }

            return new TimeExpression(span, first, first.AddMonths(1).AddDays(-1), TimeGranularity.Month);
        }

        if (g["yearrel"].Success)
        {
            var y = g["ydir"].Value.ToLowerInvariant() is "lalu" or "last" ? r.Year - 1 : r.Year;
            return Year(span, y);
        }

        if (g["year"].Success)
        {
            var ys = g["year"];
            return Year(new TextSpan(ys.Index, ys.Index + ys.Length), int.Parse(ys.ValueSpan, CultureInfo.InvariantCulture));
        }

        if (g["d1"].Success)
        {
            var d1 = int.Parse(g["d1"].ValueSpan, CultureInfo.InvariantCulture);
            var d2 = int.Parse(g["d2"].ValueSpan, CultureInfo.InvariantCulture);
            var month = CalendarWords.Month(g["rmon"].ValueSpan);
            int? year = g["ry"].Success ? int.Parse(g["ry"].ValueSpan, CultureInfo.InvariantCulture) : null;
            if (DateMentionFinder.Resolve(d1, month, year, null, r) is { } a && DateMentionFinder.Resolve(d2, month, year ?? a.Year, null, r) is { } b && b >= a)
            {
                return new TimeExpression(span, a, b, TimeGranularity.Interval);
            }

            return null;
        }

        if (g["after"].Success)
        {
            if (previous is null)
            {
                return null;
            }

            var n = g["an"].Success ? Count(g["an"].Value) : 1;
            var sign = g["after"].Value.ToLowerInvariant().Contains("sebelum", StringComparison.Ordinal) || g["after"].Value.Contains("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            var basis = sign > 0 ? previous.End : previous.Start;
            return Day(span, basis.AddDays(sign * n));
        }

        if (g["last"].Success)
        {
            var n = Count(g["ln"].Value);
            var from = g["lunit"].Value.ToLowerInvariant() switch
            {
                "hari" or "days" => r.AddDays(-n),
                "pekan" or "minggu" or "weeks" => r.AddDays(-7 * n),
                "bulan" or "months" => r.AddMonths(-n),
                _ => r.AddYears(-n),
            };
            return new TimeExpression(span, from, r, TimeGranularity.Interval);
        }

        return null;
    }

    private static int Count(string s) => s.ToLowerInvariant() switch
    {
        "se" or "satu" or "one" or "a" => 1,
        "dua" or "two" => 2,
        "tiga" or "three" => 3,
        "empat" or "four" => 4,
        "lima" or "five" => 5,
        "enam" or "six" => 6,
        "tujuh" or "seven" => 7,
        "sepuluh" or "ten" => 10,
        var d when int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var v) => v,
        _ => 1,
    };

    private static TimeExpression Day(TextSpan span, DateOnly d) => new(span, d, d, TimeGranularity.Day);

    private static TimeExpression Year(TextSpan span, int y) => new(span, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), TimeGranularity.Year);

    private const string Months = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|sept|okt|oct|nov|des|dec|january|february|march|may|june|july|august|october|december";

    private const string Weekdays = "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    private const string Counts = @"\d+|satu|dua|tiga|empat|lima|enam|tujuh|sepuluh|one|two|three|four|five|six|seven|ten";

    [GeneratedRegex(
        @"\b(?:(?<kemarin>kemarin|yesterday)(?!\s+lusa)|(?<today>hari ini|today)|(?<besok>besok|tomorrow)"
        + @"|(?<wd>" + Weekdays + @")\s+(?<dir>lalu|kemarin|depan)(?!\s*\()|(?:last|next)\s+(?<wd2>" + Weekdays + @")"
        + @"|(?<week>(?:(?<part>awal|akhir)\s+)?(?:pekan|minggu)\s+(?<wdir>lalu|ini|kemarin)|(?:last|this)\s+week)"
        + @"|(?<weekend>akhir pekan|the weekend)"
        + @"|(?<month>bulan\s+(?<mdir>lalu|ini)|(?<mdir>last|this)\s+month)"
        + @"|(?<yearrel>tahun\s+(?<ydir>lalu|ini)|(?<ydir>last|this)\s+year)"
        + @"|(?<d1>\d{1,2})\s*[-–—]\s*(?<d2>\d{1,2})\s+(?<rmon>" + Months + @")\b(?:\s+(?<ry>\d{4}))?"
        + @"|(?:tahun|pada|sejak|hingga|sampai|in|since)\s+(?<year>(?:19|20)\d{2})(?!\d|[/.,-]\d)"
        + @"|(?<after>(?:(?<an>se|" + Counts + @")\s*)?hari\s+(?:setelahnya|sesudahnya|kemudian|sebelumnya)|keesokan harinya|the (?:next|following) day|the day before)"
        + @"|(?<last>(?<ln>" + Counts + @")\s+(?<lunit>hari|pekan|minggu|bulan|tahun)\s+terakhir|(?:the\s+)?(?:past|last)\s+(?<ln>" + Counts + @")\s+(?<lunit>days|weeks|months|years)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
