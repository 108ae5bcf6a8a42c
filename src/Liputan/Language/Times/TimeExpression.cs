using System.Globalization;
using Liputan.Documents;

namespace Liputan.Language.Times;

/// <summary>How precise a normalised time expression is.</summary>
public enum TimeGranularity
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>A span of days (a week, "9-10 Januari", "dua bulan terakhir").</summary>
    Interval,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,
}

/// <summary>A time expression normalised against the article's reference date (TIMEX-like).</summary>
/// <param name="Span">The words in the body.</param>
/// <param name="Start">The first day meant.</param>
/// <param name="End">The last day meant (inclusive).</param>
/// <param name="Granularity">Day, interval, month or year.</param>
public sealed record TimeExpression(TextSpan Span, DateOnly Start, DateOnly End, TimeGranularity Granularity)
{
    /// <summary>The TIMEX-like value: "2021-12-30", "2021-12-20/2021-12-26", "2021-11", "2014".</summary>
    public string Value => Granularity switch
    {
        TimeGranularity.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeGranularity.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimeGranularity.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}"),
    };
}
