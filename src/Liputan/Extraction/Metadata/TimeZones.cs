namespace Liputan.Extraction.Metadata;

/// <summary>Offsets for the zone names Indonesian and international pages print.</summary>
public static class TimeZones
{
    /// <summary>Western Indonesia (WIB, Asia/Jakarta), the default for Indonesian outlets.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>Offset for a zone label (WIB, WITA, WIT, UTC, GMT+7, Z, Asia/Jakarta, +07:00), or null.</summary>
    public static TimeSpan? Parse(ReadOnlySpan<char> label)
    {
        var s = label.Trim();
        if (s.IsEmpty)
        {
            return null;
        }

        if (s.Equals("WIB", StringComparison.OrdinalIgnoreCase) || s.Equals("Asia/Jakarta", StringComparison.OrdinalIgnoreCase) || s.Equals("Asia/Pontianak", StringComparison.OrdinalIgnoreCase))
        {
            return Wib;
        }

        if (s.Equals("WITA", StringComparison.OrdinalIgnoreCase) || s.Equals("Asia/Makassar", StringComparison.OrdinalIgnoreCase))
        {
            return TimeSpan.FromHours(8);
        }

        if (s.Equals("WIT", StringComparison.OrdinalIgnoreCase) || s.Equals("Asia/Jayapura", StringComparison.OrdinalIgnoreCase))
        {
            return TimeSpan.FromHours(9);
        }

        if (s.Equals("Z", StringComparison.OrdinalIgnoreCase) || s.Equals("UTC", StringComparison.OrdinalIgnoreCase) || s.Equals("GMT", StringComparison.OrdinalIgnoreCase))
        {
            return TimeSpan.Zero;
        }

        if (s.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || s.StartsWith("UTC", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..];
        }

        if (s.Length >= 2 && (s[0] == '+' || s[0] == '-'))
        {
            var sign = s[0] == '-' ? -1 : 1;
            var digits = s[1..].ToString().Replace(":", "", StringComparison.Ordinal);
            if (digits.Length is 1 or 2 && int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var h) && h <= 14)
            {
                return TimeSpan.FromHours(sign * h);
            }

            if (digits.Length == 4 && int.TryParse(digits.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture, out h) &&
                int.TryParse(digits.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture, out var m) && h <= 14 && m < 60)
            {
                return sign * new TimeSpan(h, m, 0);
            }
        }

        if (s.Contains('/') && TimeZoneInfo.TryFindSystemTimeZoneById(s.ToString(), out var tz))
        {
            return tz.BaseUtcOffset;
        }

        return null;
    }
}
