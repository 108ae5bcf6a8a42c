using System.Globalization;
using System.Text.RegularExpressions;
using Liputan.Documents;

namespace Liputan.Extraction.Metadata;

/// <summary>
/// A publication date the text implies when the page gives none: "Kamis (30/12/2021) kemarin"
/// was written the day after 30 December 2021. Marked as inferred, never passed off as the
/// page's own date.
/// </summary>
public static partial class InferredDate
{
    /// <summary>The implied publication day, or null when the text implies none.</summary>
    public static DateValue? FromText(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        DateOnly? latest = null;
        foreach (Match m in DayBeforeWriting().Matches(body))
        {
            var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["mo"].ValueSpan, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            if (year < 100)
            {
                year += 2000;
            }

            if (month is < 1 or > 12 || day < 1 || year < DateStampParser.MinYear || day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var written = new DateOnly(year, month, day).AddDays(1);
            if (latest is null || written > latest)
            {
                latest = written;
            }
        }

        return latest is { } d ? new DateValue(new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeZones.Wib), HasTime: false, HasOffset: false, Inferred: true) : null;
    }

    // "(30/12/2021) kemarin", "30 Desember 2021 kemarin" — a full date the writer calls yesterday.
    [GeneratedRegex(@"\(?(?<d>\d{1,2})/(?<mo>\d{1,2})/(?<y>\d{4}|\d{2})\)?\s+kemarin\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayBeforeWriting();
}
