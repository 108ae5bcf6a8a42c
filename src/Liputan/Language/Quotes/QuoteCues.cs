using System.Collections.Frozen;

namespace Liputan.Language.Quotes;

/// <summary>The cue words that introduce or close a quote.</summary>
internal static class QuoteCues
{
    /// <summary>Short cues followed by the speaker: "kata X", "ujar X".</summary>
    public static readonly FrozenSet<string> Short = new[]
    {
        "kata", "ujar", "ungkap", "tutur", "jelas", "ucap", "imbuh", "tambah", "tegas", "papar", "terang", "sebut", "lanjut",
        "tandas", "pungkas", "seloroh", "timpal", "kilah", "sergah", "pinta", "ajak", "harap", "tulis", "cetus", "urai",
        "akui", "nilai", "klaim", "bilang", "sambung", "beber", "lontar", "seru", "tutup", "keluh", "canda", "tanya",
        "said", "says", "told", "added", "asked", "stated", "explained", "wrote",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cues with the speaker folded in as <c>-nya</c>: "katanya", "ujarnya".</summary>
    public static bool IsNya(ReadOnlySpan<char> word) =>
        word.Length > 5 && word.EndsWith("nya", StringComparison.OrdinalIgnoreCase) && Short.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..^3]);

    /// <summary>Verbs after the speaker: "X mengatakan", "X said".</summary>
    public static readonly FrozenSet<string> Verbs = new[]
    {
        "mengatakan", "menyatakan", "menjelaskan", "menegaskan", "menambahkan", "mengungkapkan", "menyampaikan", "menuturkan",
        "memaparkan", "menerangkan", "menyebutkan", "mengakui", "menilai", "berkata", "bertutur", "mengucapkan", "mengemukakan",
        "membeberkan", "mengklaim", "menandaskan", "menekankan", "mengingatkan", "berpendapat", "mengatakannya", "berujar",
        "said", "says", "told", "added", "stated", "explained", "warned", "noted", "insisted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for any cue word.</summary>
    public static bool IsCue(ReadOnlySpan<char> word) =>
        Short.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Verbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsNya(word);
}
