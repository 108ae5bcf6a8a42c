using System.Text.RegularExpressions;

namespace Liputan.Coverage.Facts;

/// <summary>Surface patterns for the ordinal and agent slots of Indonesian news text.</summary>
internal static partial class Patterns
{
    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "hari", "pekan", "bulan", "tahun", "kemarin", "lalu", "sehari",
    };

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["pertama"] = 1, ["kedua"] = 2, ["ketiga"] = 3, ["keempat"] = 4, ["kelima"] = 5, ["keenam"] = 6, ["ketujuh"] = 7, ["kedelapan"] = 8,
        ["kesembilan"] = 9, ["kesepuluh"] = 10,
    };

    public static bool IsCalendarWord(string term) => Calendar.Contains(term);

    private static string Slice(string body, int start, int end) => start == 0 && end == body.Length ? body : body[start..end];

    /// <summary>
    /// "pertemuan kedua antara …": an ordinal after its noun. Before a noun "kedua" means "both"
    /// ("kedua negara"), so the ordinal counts only when what follows is a function word, a
    /// pronoun or the clause's end.
    /// </summary>
    public static IEnumerable<(int Start, int End, int Value)> Ordinals(string body, int start, int end)
    {
        foreach (Match m in Ordinal().Matches(Slice(body, start, end)))
        {
            var word = m.Groups["ord"].Value.ToLowerInvariant();
            var value = OrdinalWords.TryGetValue(word, out var v) ? v : int.Parse(m.Groups["num"].Value, System.Globalization.CultureInfo.InvariantCulture);
            yield return (start + m.Index, start + m.Index + m.Length - m.Groups["next"].Length, value);
        }
    }

    /// <summary>Who did it: "diminta oleh Gubernur", "diinisiasi oleh Budi", "atas saran Budi", "atas permintaan Presiden X".</summary>
    public static IEnumerable<(int Start, int End, string Agent)> Agents(string body, int start, int end)
    {
        foreach (Match m in Agent().Matches(Slice(body, start, end)))
        {
            yield return (start + m.Index, start + m.Index + m.Length, m.Groups["who"].Value);
        }
    }

    /// <summary>Where: "di Jenewa", "di Balai Kota Contoh" (a capitalised name after "di"; not a date word).</summary>
    public static IEnumerable<(int Start, int End, string Place)> Places(string body, int start, int end)
    {
        foreach (Match m in Place().Matches(Slice(body, start, end)))
        {
            var place = m.Groups["place"].Value;
            if (!Calendar.Contains(place.Split(' ')[0].ToLowerInvariant()))
            {
                yield return (start + m.Index, start + m.Index + m.Length, place);
            }
        }
    }

    [GeneratedRegex(@"\b[Dd]i\s+(?<place>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})")]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(?<noun>\p{Ll}{4,})\s+(?<ord>pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|ke-(?<num>\d{1,3}))\b(?<next>\s*(?:[,.;]|$|antara|mereka|bagi|dalam|di|yang|ini|itu|sejak|setelah|untuk|dari|kali|pada|dengan|sepanjang|tahun|bulan|pekan)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:di\p{Ll}{3,}\s+oleh|atas\s+(?:saran|permintaan|inisiatif|undangan|prakarsa|usulan|perintah))\s+(?:(?:Presiden|Perdana Menteri|Menteri|Kanselir|Raja|Ratu|Sekjen|Gubernur|Wali Kota|Bupati)\s+)?(?<who>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex Agent();
}
