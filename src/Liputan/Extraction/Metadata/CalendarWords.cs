namespace Liputan.Extraction.Metadata;

/// <summary>Indonesian and English month and weekday names with their common abbreviations.</summary>
public static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = Build(
        (1, ["januari", "january", "jan"]),
        (2, ["februari", "pebruari", "february", "feb", "peb"]),
        (3, ["maret", "march", "mar"]),
        (4, ["april", "apr"]),
        (5, ["mei", "may"]),
        (6, ["juni", "june", "jun"]),
        (7, ["juli", "july", "jul"]),
        (8, ["agustus", "august", "agu", "agt", "ags", "aug"]),
        (9, ["september", "sep", "sept"]),
        (10, ["oktober", "october", "okt", "oct"]),
        (11, ["november", "nopember", "nov", "nop"]),
        (12, ["desember", "december", "des", "dec"]));

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["senin"] = DayOfWeek.Monday,
        ["selasa"] = DayOfWeek.Tuesday,
        ["rabu"] = DayOfWeek.Wednesday,
        ["kamis"] = DayOfWeek.Thursday,
        ["jumat"] = DayOfWeek.Friday,
        ["jum'at"] = DayOfWeek.Friday,
        ["jum’at"] = DayOfWeek.Friday,
        ["sabtu"] = DayOfWeek.Saturday,
        ["minggu"] = DayOfWeek.Sunday,
        ["ahad"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>Regex alternation of every month word, longest first.</summary>
    public const string MonthPattern =
        "januari|january|jan|februari|pebruari|february|feb|peb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|" +
        "agustus|august|agu|agt|ags|aug|september|sept|sep|oktober|october|okt|oct|november|nopember|nov|nop|desember|december|des|dec";

    /// <summary>Regex alternation of every weekday word.</summary>
    public const string WeekdayPattern =
        "senin|selasa|rabu|kamis|jum'?at|jum’at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    /// <summary>Month number 1-12 for a month word, or 0.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        var lookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word.TrimEnd('.'), out var m) ? m : 0;
    }

    /// <summary>The weekday for a weekday word, or null.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        var lookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var d) ? d : null;
    }

    private static Dictionary<string, int> Build(params (int Month, string[] Words)[] entries)
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (month, words) in entries)
        {
            foreach (var w in words)
            {
                d[w] = month;
            }
        }

        return d;
    }
}
