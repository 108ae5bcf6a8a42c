namespace Liputan.Documents;

/// <summary>
/// A date or date-time the page states. <see cref="HasTime"/> is false when only the day is
/// given; <see cref="HasOffset"/> is false when the page gives no zone (the offset is then the
/// one assumed for the outlet and should be shown as such).
/// </summary>
public sealed record DateValue(DateTimeOffset Value, bool HasTime, bool HasOffset, bool Inferred = false)
{
    /// <summary>ISO 8601 at the precision the page gives.</summary>
    public string ToIso()
    {
        if (!HasTime)
        {
            return Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return HasOffset
            ? Value.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture)
            : Value.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
    }
}
