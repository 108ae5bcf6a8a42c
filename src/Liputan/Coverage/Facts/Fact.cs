namespace Liputan.Coverage.Facts;

/// <summary>One outlet's value for a fact: the quantity as written, its range, and the sentence it stands in.</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Quantity">The quantity's words ("hampir 1 jam").</param>
/// <param name="Min">Lowest value meant, in the slot's base unit.</param>
/// <param name="Max">Highest value meant, in the slot's base unit.</param>
/// <param name="Source">The sentence, as a citation.</param>
/// <param name="Value">The normalised value where it is not a number: a TIMEX-like date ("2022-01-09/2022-01-10") for the date slot, a name for the agent slot.</param>
/// <param name="Event">The story event of the value's article.</param>
public sealed record FactValue(string Outlet, string Quantity, double Min, double Max, Citation Source, string? Value = null, string? Event = null);

/// <summary>
/// A claim compared across outlets, slot by slot: the same kind of quantity in sentences about
/// the same thing. <see cref="Verdict"/>: "agree" (same value), "compatible" (the ranges
/// overlap: "50 menit" and "hampir 1 jam"; "10 Januari" inside "9-10 Januari"), "differ" (they
/// do not), "single source". Slots: quantities ("duration", "troops", "people", a counted noun),
/// "date", "ordinal" ("pertemuan kedua") and "agent" (who did it: "diminta oleh Gubernur").
/// </summary>
public sealed record Fact(string Slot, string Unit, string Verdict, IReadOnlyList<string> About, IReadOnlyList<FactValue> Values)
{
    /// <summary>The story event whose articles give the values; null for a fact compared across events.</summary>
    public string? Event { get; init; }

    /// <summary>True when the values come from different events: shown side by side, their stated figures compared ("agree" or "differ"), not a contradiction.</summary>
    public bool AcrossEvents { get; init; }
}
