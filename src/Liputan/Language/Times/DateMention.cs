using Liputan.Documents;

namespace Liputan.Language.Times;

/// <summary>A calendar date mentioned in text, resolved to a day, with its span.</summary>
/// <param name="Span">Where the expression stands in the body.</param>
/// <param name="Date">The resolved day.</param>
/// <param name="YearGiven">True when the text states the year.</param>
/// <param name="WeekdayGiven">True when a weekday confirms the date.</param>
public sealed record DateMention(TextSpan Span, DateOnly Date, bool YearGiven, bool WeekdayGiven);
