using Liputan.Documents;

namespace Liputan.Language.Quantities;

/// <summary>How a quantity's value is hedged.</summary>
public enum Approximation
{
    /// <summary>The value as stated.</summary>
    Exact,

    /// <summary>"sekitar", "kurang lebih", "about": ≈ the value.</summary>
    About,

    /// <summary>"hampir", "nearly": just under the value.</summary>
    LessThan,

    /// <summary>"lebih dari", "more than": above the value.</summary>
    MoreThan,

    /// <summary>"hingga", "sampai", "up to", "maksimal": at most the value.</summary>
    UpTo,

    /// <summary>"setidaknya", "at least", "minimal": at least the value.</summary>
    AtLeast,

    /// <summary>"puluhan", "ratusan": an order of magnitude, given as min–max.</summary>
    Vague,
}

/// <summary>A number in the text with its range, unit and hedge.</summary>
/// <param name="Span">The words of the quantity (hedge, currency, number, scale, unit).</param>
/// <param name="Min">The lowest value meant.</param>
/// <param name="Max">The highest value meant (equals <paramref name="Min"/> for one number).</param>
/// <param name="Unit">The normalised unit or counted noun ("percent", "IDR", "USD", "hour", "tentara"), or null.</param>
/// <param name="Approximation">The hedge.</param>
public sealed record Quantity(TextSpan Span, double Min, double Max, string? Unit, Approximation Approximation);
