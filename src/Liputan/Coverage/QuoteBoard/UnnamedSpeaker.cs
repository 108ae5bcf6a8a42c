namespace Liputan.Coverage.QuoteBoard;

/// <summary>
/// Speakers the text describes instead of naming ("seorang pejabat senior pemerintahan", "pejabat
/// administrasi senior"): known by the head of the description and the stems of its modifiers, so
/// that outlets that word one anonymous source differently meet on the board, while "pejabat Gedung
/// Putih" and "pejabat senior Rusia" stay apart.
/// </summary>
internal static class UnnamedSpeaker
{
    private const string Prefix = "~";

    // Words that count or point at the source but do not describe it.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "seorang", "sebuah", "satu", "para", "beberapa", "sejumlah", "dua", "tiga", "itu", "tersebut", "ini", "yang", "sang",
        "a", "an", "the", "one", "two", "some", "that", "this",
    };

    // Translations of one another that outlets use for the same office: an "administration"
    // official is a government one, a "tinggi" (high) official a senior one.
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["administrasi"] = "pemerintah",
        ["pemerintahan"] = "pemerintah",
        ["administration"] = "pemerintah",
        ["government"] = "pemerintah",
        ["tinggi"] = "senior",
        ["official"] = "pejabat",
    };

    /// <summary>The key of a described speaker, or null when the description holds no words.</summary>
    public static string? Key(string role, Func<string, string> stem)
    {
        var words = Words(role);
        if (words.Count == 0)
        {
            return null;
        }

        var canon = words.Select(w => Synonyms.TryGetValue(w, out var c) ? c : stem(w)).ToList();
        return Prefix + canon[0] + "|" + string.Join(' ', canon.Skip(1).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>The description as the text words it, without the leading "seorang"/"para".</summary>
    public static string Display(string role)
    {
        var parts = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = parts.TakeWhile(p => Determiners.Contains(p.ToLowerInvariant())).Count();
        return skip == parts.Length ? role : string.Join(' ', parts.Skip(skip));
    }

    /// <summary>
    /// Joins described speakers whose modifiers are a subset of exactly one other description of
    /// the same head ("pejabat senior" with "pejabat senior pemerintahan" when no other senior
    /// official is quoted). Named speakers keep their keys.
    /// </summary>
    public static List<T> Unify<T>(List<T> items, Func<T, string> keyOf, Func<T, string, T> withKey)
    {
        var keys = items.Select(keyOf).Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count < 2)
        {
            return items;
        }

        var parsed = keys.ToDictionary(k => k, Parse, StringComparer.Ordinal);
        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in keys)
        {
            var (head, mods) = parsed[k];
            if (mods.Count == 0)
            {
                continue;
            }

            var wider = keys.Where(o => o != k && parsed[o].Head == head && parsed[o].Mods.Count > mods.Count && mods.IsSubsetOf(parsed[o].Mods)).ToList();
            if (wider.Count == 1)
            {
                into[k] = wider[0];
            }
        }

        string Final(string k) => into.TryGetValue(k, out var next) ? Final(next) : k;
        return into.Count == 0 ? items : items.Select(i => into.ContainsKey(keyOf(i)) ? withKey(i, Final(keyOf(i))) : i).ToList();
    }

    private static (string Head, HashSet<string> Mods) Parse(string key)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        var mods = key[(bar + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return (key[Prefix.Length..bar], mods);
    }

    private static List<string> Words(string role) =>
        role.Split([' ', ',', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0 && !Determiners.Contains(w))
            .ToList();
}
