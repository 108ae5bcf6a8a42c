using System.Globalization;
using System.Text.RegularExpressions;
using Liputan.Documents;

namespace Liputan.Extraction.Metadata;

/// <summary>
/// Finds a date (and time and zone, when given) in a short metadata string: ISO 8601,
/// "Kamis, 30 Desember 2021 16:49 WIB", "08 Desember 2021 | 13:34 WIB", "Des 31, 2021 16:49
/// Asia/Jakarta", "November 24, 2024", "17/03/2025, 14:05 WIB" (day first; "06/13/2019", which has
/// no thirteenth month, month first). Invariant culture throughout.
/// </summary>
public static partial class DateStampParser
{
    private const string Zone = @"(?<zone>WITA|WIB|WIT|UTC|GMT(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|Z|Asia/[A-Za-z_]+|[+-]\d{2}:?\d{2})";
    private const string Clock = @"(?:(?:pukul|jam|at)\s+)?(?<H>\d{1,2})[:.](?<M>\d{2})(?:[:.](?<S>\d{2}))?(?:\s*(?<ampm>[AaPp]\.?[Mm]\.?))?";

    /// <summary>The earliest year a news page date may have (htmldate's bound).</summary>
    public const int MinYear = 1995;

    /// <summary>Parses the first date in <paramref name="text"/>; null when none is valid.</summary>
    /// <param name="text">The string to read.</param>
    /// <param name="defaultOffset">Offset assumed when a time has no zone (the outlet's own zone).</param>
    public static DateValue? Parse(string text, TimeSpan? defaultOffset = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 400)
        {
            text = text[..400];
        }

        var offset = defaultOffset ?? TimeZones.Wib;
        Match m;
        if ((m = Iso().Match(text)).Success)
        {
            return Build(m, Num(m, "y"), Num(m, "mo"), Num(m, "d"), offset);
        }

        if ((m = DayMonthYear().Match(text)).Success)
        {
            return Build(m, Num(m, "y"), CalendarWords.Month(m.Groups["mon"].ValueSpan), Num(m, "d"), offset);
        }

        if ((m = MonthDayYear().Match(text)).Success)
        {
            return Build(m, Num(m, "y"), CalendarWords.Month(m.Groups["mon"].ValueSpan), Num(m, "d"), offset);
        }

        if ((m = Numeric().Match(text)).Success)
        {
            // American pages write month/day/year: "06/13/2019" has no thirteenth month, so it can only be read that way.
            var (d, mo) = (Num(m, "d"), Num(m, "mo"));
            return mo > 12 && d <= 12 && m.Groups["sep"].Value == "/" ? Build(m, Num(m, "y"), d, mo, offset) : Build(m, Num(m, "y"), mo, d, offset);
        }

        return null;
    }

    private static DateValue? Build(Match m, int year, int month, int day, TimeSpan defaultOffset)
    {
        if (year < 100)
        {
            year += 2000;
        }

        if (month is < 1 or > 12 || day < 1 || year < MinYear || year > 2100 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var hasTime = m.Groups["H"].Success;
        var hour = hasTime ? Num(m, "H") : 0;
        var minute = hasTime ? Num(m, "M") : 0;
        var second = m.Groups["S"].Success ? Num(m, "S") : 0;
        if (m.Groups["ampm"].Success)
        {
            var pm = char.ToUpperInvariant(m.Groups["ampm"].Value[0]) == 'P';
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            hasTime = false;
            hour = minute = second = 0;
        }

        var zone = m.Groups["zone"].Success ? TimeZones.Parse(m.Groups["zone"].ValueSpan) : null;
        var offset = zone ?? defaultOffset;
        var value = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        return new DateValue(value, hasTime, hasTime && zone is not null);
    }

    // \d also matches non-ASCII digits (Bengali, Arabic-Indic…); read any decimal digit by its value.
    private static int Num(Match m, string group)
    {
        var n = 0;
        foreach (var c in m.Groups[group].ValueSpan)
        {
            n = checked((n * 10) + (int)char.GetNumericValue(c));
        }

        return n;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<H>\d{2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.\d+)?)?\s?" + Zone + "?)?(?!\\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*(?:[-/ ]\s*)?(?<mon>" + CalendarWords.MonthPattern + @")\.?\s*(?:[-/ ]\s*)?,?\s*(?<y>\d{4})(?!\d)(?:\s*(?:[,|\-–]|&nbsp;)?\s*" + Clock + ")?(?:\\s*" + Zone + ")?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>" + CalendarWords.MonthPattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)(?:\s*(?:[,|\-–]|at)?\s*" + Clock + ")?(?:\\s*" + Zone + ")?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?<sep>[/.\-])(?<mo>\d{1,2})[/.\-](?<y>\d{4})(?!\d)(?:\s*[,|\-–]?\s*" + Clock + ")?(?:\\s*" + Zone + ")?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Numeric();
}
