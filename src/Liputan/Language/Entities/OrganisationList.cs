using Liputan.Language.Tokens;
using Liputan.Resources;

namespace Liputan.Language.Entities;

/// <summary>
/// Organisations with their names in Indonesian and English and their acronyms
/// (<c>Resources/gazetteers/organisations.txt</c>), matched word by word and case-sensitively.
/// Not a tagger feature: it names the organisations the tagger misses ("Organisasi untuk
/// Keamanan dan Kerja Sama di Eropa", with its lower-case words) and merges names across
/// languages.
/// </summary>
public sealed class OrganisationList
{
    private static readonly Lazy<OrganisationList> Lazy = new(() => new OrganisationList(ResourceFile.Lines("gazetteers/organisations.txt")));
    private readonly Dictionary<string, string> _canonicalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>Reads lines of "canonical|alias|…".</summary>
    public OrganisationList(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0)
            {
                continue;
            }

            _names[names[0]] = [.. names.Distinct(StringComparer.Ordinal)];
            foreach (var n in names)
            {
                _canonicalByKey.TryAdd(EntityRecognizer.Key(n), names[0]);
                var words = Tokenizer.Tokenize(n).Select(t => n[t.Span.Start..t.Span.End]).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!_byFirst.TryGetValue(words[0], out var list))
                {
                    list = [];
                    _byFirst[words[0]] = list;
                }

                list.Add(words);
            }
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>The embedded list.</summary>
    public static OrganisationList Default => Lazy.Value;

    /// <summary>The canonical name of an organisation name (spelling-insensitive), or null.</summary>
    public string? CanonicalOf(string name) =>
        _canonicalByKey.TryGetValue(EntityRecognizer.Key(name ?? string.Empty), out var c) ? c : null;

    /// <summary>Every name listed for <paramref name="canonical"/> (empty if none).</summary>
    public IReadOnlyList<string> NamesOf(string canonical) =>
        _names.TryGetValue(canonical ?? string.Empty, out var n) ? n : [];

    /// <summary>The word count of the longest listed name starting at word <paramref name="i"/>, or 0.</summary>
    public int MatchLength(IReadOnlyList<string> words, int i)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (i < 0 || i >= words.Count || !_byFirst.TryGetValue(words[i], out var candidates))
        {
            return 0;
        }

        foreach (var c in candidates)
        {
            if (i + c.Length > words.Count)
            {
                continue;
            }

            var k = 1;
            while (k < c.Length && string.Equals(c[k], words[i + k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == c.Length)
            {
                return c.Length;
            }
        }

        return 0;
    }
}
