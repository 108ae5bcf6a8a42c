using System.Collections.Frozen;
using Liputan.Extraction.Metadata;
using Liputan.Resources;

namespace Liputan.Language.Entities;

/// <summary>What a gazetteer phrase names.</summary>
public enum GazetteerKind
{
    /// <summary>A place (province, city, country).</summary>
    Place,

    /// <summary>A title or role ("Presiden", "Juru bicara").</summary>
    Role,

    /// <summary>A news outlet or agency.</summary>
    Media,
}

/// <summary>One phrase of a gazetteer with the canonical name of its group.</summary>
/// <param name="Words">The phrase, word by word.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Canonical">The canonical name (first name of its line).</param>
public sealed record GazetteerEntry(IReadOnlyList<string> Words, GazetteerKind Kind, string Canonical);

/// <summary>
/// The embedded gazetteers (<c>Resources/gazetteers/</c>: places, roles, agencies; plus outlet
/// names and aliases from <c>outlets.tsv</c>), matched longest-first over token words.
/// Places and media match case-sensitively (they are names); roles case-insensitively.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Lazy = new(Load);
    private readonly FrozenDictionary<string, GazetteerEntry[]> _byFirst;

    private readonly FrozenDictionary<string, string[]> _names;

    private Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        var list = entries.ToList();
        _byFirst = list.GroupBy(e => Key(e.Words[0], e.Kind == GazetteerKind.Role))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Count).ToArray(), StringComparer.Ordinal);
        _names = list.Where(e => e.Kind != GazetteerKind.Role).GroupBy(e => e.Canonical, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => string.Join(' ', e.Words)).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every name of a place or medium listed under <paramref name="canonical"/> (empty if none).</summary>
    public IReadOnlyList<string> NamesOf(string canonical) =>
        _names.TryGetValue(canonical ?? string.Empty, out var names) ? names : [];

    /// <summary>The shared gazetteer.</summary>
    public static Gazetteer Default => Lazy.Value;

    /// <summary>
    /// The longest gazetteer phrase starting at word <paramref name="i"/> (null if none); the
    /// match length is the entry's word count.
    /// </summary>
    public GazetteerEntry? Match(IReadOnlyList<string> words, int i)
    {
        ArgumentNullException.ThrowIfNull(words);
        GazetteerEntry? best = null;
        foreach (var key in new[] { Key(words[i], false), Key(words[i], true) })
        {
            if (!_byFirst.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var e in candidates)
            {
                if ((best is null || e.Words.Count > best.Words.Count) && Matches(e, words, i))
                {
                    best = e;
                }
            }
        }

        return best;
    }

    /// <summary>The canonical name for a place or media name (null if unknown).</summary>
    public string? CanonicalOf(string phrase, GazetteerKind kind)
    {
        var words = (phrase ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var m = Match(words, 0);
        return m is not null && m.Kind == kind && m.Words.Count == words.Length ? m.Canonical : null;
    }

    /// <summary>Per-word labels: "B-PLACE", "I-ROLE", … or null, from a greedy longest match.</summary>
    public string?[] Label(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var labels = new string?[words.Count];
        for (var i = 0; i < words.Count;)
        {
            var m = Match(words, i);
            if (m is null)
            {
                i++;
                continue;
            }

            var kind = m.Kind.ToString().ToUpperInvariant();
            for (var k = 0; k < m.Words.Count; k++)
            {
                labels[i + k] = (k == 0 ? "B-" : "I-") + kind;
            }

            i += m.Words.Count;
        }

        return labels;
    }

    private static bool Matches(GazetteerEntry e, IReadOnlyList<string> words, int i)
    {
        if (i + e.Words.Count > words.Count)
        {
            return false;
        }

        var ignoreCase = e.Kind == GazetteerKind.Role;
        for (var k = 0; k < e.Words.Count; k++)
        {
            if (!string.Equals(e.Words[k], words[i + k], ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(string word, bool lower) => lower ? "r:" + word.ToLowerInvariant() : "c:" + word;

    private static Gazetteer Load()
    {
        var entries = new List<GazetteerEntry>();
        void AddGroups(string file, GazetteerKind kind)
        {
            foreach (var line in ResourceFile.Lines(file))
            {
                var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                foreach (var n in names)
                {
                    entries.Add(new GazetteerEntry(Words(n), kind, names[0]));
                }
            }
        }

        AddGroups("gazetteers/places.txt", GazetteerKind.Place);
        AddGroups("gazetteers/roles.txt", GazetteerKind.Role);
        AddGroups("gazetteers/agencies.txt", GazetteerKind.Media);
        // Outlets and their aliases come from the one outlet table, read once by OutletDirectory.
        foreach (var outlet in OutletDirectory.Default.Entries)
        {
            foreach (var n in outlet.Aliases.Append(outlet.Name))
            {
                entries.Add(new GazetteerEntry(Words(n), GazetteerKind.Media, outlet.Name));
            }
        }

        return new Gazetteer(entries.Where(e => e.Words.Count > 0));
    }

    private static string[] Words(string phrase) =>
        Liputan.Language.Tokens.Tokenizer.Tokenize(phrase).Select(t => phrase[t.Span.Start..t.Span.End]).ToArray();
}
