using System.Globalization;
using System.Text.RegularExpressions;
using Liputan.Documents;
using Liputan.Extraction.Metadata;

namespace Liputan.Language.Times;

/// <summary>
/// Finds absolute calendar dates in Indonesian and English text — "Kamis (30/12/2021)",
/// "Selasa (7/12)", "Kamis (30 Desember)", "8 Desember 2021", "10 Januari" — and resolves a
/// missing year against a reference date. A weekday with day and month fixes the year: the
/// nearest year (five back, one ahead) in which that day falls on that weekday.
/// </summary>
public static partial class DateMentionFinder
{
    /// <summary>All date mentions in <paramref name="text"/>[start..end).</summary>
    public static List<DateMention> Find(string text, DateOnly? reference, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0)
        {
            end = text.Length;
        }

        var result = new List<DateMention>();
        foreach (Match m in Pattern().Matches(text[..end], start))
        {
            var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = m.Groups["mo"].Success
                ? int.Parse(m.Groups["mo"].ValueSpan, CultureInfo.InvariantCulture)
                : CalendarWords.Month(m.Groups["mon"].ValueSpan);
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : null;
            if (year is < 100)
            {
                year += 2000;
            }

            DayOfWeek? weekday = m.Groups["wd"].Success ? CalendarWords.Weekday(m.Groups["wd"].ValueSpan) : null;
            var date = Resolve(day, month, year, weekday, reference);
            if (date is null)
            {
                continue;
            }

            result.Add(new DateMention(new TextSpan(m.Index, m.Index + m.Length), date.Value, year is not null, weekday is not null && date.Value.DayOfWeek == weekday));
        }

        return result;
    }

    /// <summary>Resolves a day and month (and maybe year and weekday) to a date, or null when impossible.</summary>
    public static DateOnly? Resolve(int day, int month, int? year, DayOfWeek? weekday, DateOnly? reference)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        if (year is { } y)
        {
            return y is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        if (reference is not { } r)
        {
            return null;
        }

        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        var (from, to) = weekday is null ? (r.Year - 1, r.Year + 1) : (r.Year - 5, r.Year + 1);
        for (var cy = from; cy <= to; cy++)
        {
            if (day > DateTime.DaysInMonth(cy, month))
            {
                continue;
            }

            var candidate = new DateOnly(cy, month, day);
            if (weekday is not null && candidate.DayOfWeek != weekday)
            {
                continue;
            }

            var distance = Math.Abs(candidate.DayNumber - r.DayNumber);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    // weekday? then "(dd/mm[/yyyy])", "(dd Month[ yyyy])", or bare "dd Month[ yyyy]" / "dd/mm/yyyy".
    [GeneratedRegex(
        @"(?:\b(?<wd>" + CalendarWords.WeekdayPattern + @")\b,?\s*(?:lalu\s*|kemarin\s*)?)?(?:\(\s*(?:(?<d>\d{1,2})[/.-](?<mo>\d{1,2})(?:[/.-](?<y>\d{4}|\d{2}))?|(?<d>\d{1,2})\s+(?<mon>" + CalendarWords.MonthPattern + @")\.?(?:\s+(?<y>\d{4}))?)\s*\)|(?<!\d)(?<d>\d{1,2})\s+(?<mon>" + CalendarWords.MonthPattern + @")\b\.?(?:\s+(?<y>\d{4})(?!\d))?|(?<!\d)(?<d>\d{1,2})/(?<mo>\d{1,2})/(?<y>\d{4})(?!\d))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
