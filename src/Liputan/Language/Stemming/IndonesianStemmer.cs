namespace Liputan.Language.Stemming;

/// <summary>
/// An Indonesian stemmer in the spirit of Asian et al. (2005) and the confix-stripping stemmer
/// (Adriani et al. 2007): particles (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya),
/// derivational suffixes (-i, -kan, -an), up to three prefixes (di-, ke-, se-, ter-, ber-, per-,
/// meN-, peN-) with recoding of the nasal assimilation (menuduh → tuduh, memukul → pukul,
/// menyapu → sapu, mengukur → ukur), and reduplication (anak-anak → anak). Every candidate is
/// checked against a <see cref="RootLexicon"/>, so a word is not stripped past a root; with
/// no dictionary (<see cref="UsesDictionary"/> false) it strips by the rules alone.
/// </summary>
public sealed class IndonesianStemmer(RootLexicon dictionary)
{
    private static readonly Lazy<IndonesianStemmer> Lazy = new(() => new IndonesianStemmer(RootLexicon.Default));
    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Derivational = ["kan", "an", "i"];

    /// <summary>The stemmer over the dictionary found on this machine.</summary>
    public static IndonesianStemmer Default => Lazy.Value;

    /// <summary>True when candidates are checked against a dictionary.</summary>
    public bool UsesDictionary => dictionary.IsAvailable;

    /// <summary>Where the dictionary came from, or why there is none.</summary>
    public string DictionarySource => dictionary.Source;

    /// <summary>The stem (root) of <paramref name="word"/>, lower-cased; the word itself when nothing fits.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant().Trim();
        if (w.Length < 3 || !w.All(c => char.IsLetter(c) || c == '-'))
        {
            return w;
        }

        var dash = w.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            return StemReduplicated(w[..dash], w[(dash + 1)..]);
        }

        return StemSingle(w);
    }

    private string StemReduplicated(string first, string second)
    {
        if (second.Length == 0)
        {
            return StemSingle(first);
        }

        var a = StemSingle(first);
        var b = StemSingle(second);
        if (a == b || !UsesDictionary)
        {
            return a;
        }

        // berlari-lari → lari; sayur-mayur → sayur; kemerah-merahan → merah.
        if (dictionary.Contains(a))
        {
            return a;
        }

        return dictionary.Contains(b) ? b : a;
    }

    private string StemSingle(string w)
    {
        if (dictionary.Contains(w))
        {
            return w;
        }

        // Every analysis (inflection × derivational suffix × prefixes) whose remainder is a root;
        // the one with the fewest affixes wins, then the longer suffix (-kan before -an), then the
        // longest root, then rule order.
        string? best = null;
        var bestAffixes = int.MaxValue;
        var bestSuffix = 0;
        string? rulesOnly = null;
        foreach (var (rest, removed) in Inflections(w))
        {
            foreach (var (stem, suffix) in DerivationalCuts(rest))
            {
                var affixes = removed + (suffix is null ? 0 : 1);
                foreach (var (root, prefixes) in Prefixed(stem, suffix, 0, null))
                {
                    if (root.Length < 2)
                    {
                        continue;
                    }

                    if (dictionary.Contains(root))
                    {
                        var n = affixes + prefixes;
                        var sl = suffix?.Length ?? 0;
                        if (n < bestAffixes || (n == bestAffixes && (sl > bestSuffix || (sl == bestSuffix && root.Length > best!.Length))))
                        {
                            best = root;
                            bestAffixes = n;
                            bestSuffix = sl;
                        }
                    }
                    else if (root.Length >= 3 && (rulesOnly is null || root.Length < rulesOnly.Length))
                    {
                        rulesOnly = root;
                    }
                }
            }
        }

        return best ?? (UsesDictionary ? w : rulesOnly ?? w);
    }

    private static IEnumerable<(string Remainder, int Removed)> Inflections(string w)
    {
        yield return (w, 0);
        var afterParticle = w;
        var removed = 0;
        foreach (var p in Particles)
        {
            if (w.Length > p.Length + 2 && w.EndsWith(p, StringComparison.Ordinal))
            {
                afterParticle = w[..^p.Length];
                removed = 1;
                yield return (afterParticle, 1);
                break;
            }
        }

        foreach (var p in Possessives)
        {
            if (afterParticle.Length > p.Length + 2 && afterParticle.EndsWith(p, StringComparison.Ordinal))
            {
                yield return (afterParticle[..^p.Length], removed + 1);
                break;
            }
        }
    }

    private static IEnumerable<(string Stem, string? Suffix)> DerivationalCuts(string w)
    {
        yield return (w, null);
        foreach (var s in Derivational)
        {
            if (w.Length > s.Length + 2 && w.EndsWith(s, StringComparison.Ordinal))
            {
                yield return (w[..^s.Length], s);
            }
        }
    }

    // Prefix removal, recursively (at most three), with the confix constraints of Asian et al.
    private static IEnumerable<(string Root, int Prefixes)> Prefixed(string w, string? suffix, int depth, string? previous)
    {
        yield return (w, depth);
        if (depth >= 3 || w.Length < 4)
        {
            yield break;
        }

        foreach (var (prefix, rest) in PrefixCuts(w))
        {
            if (prefix == previous || !ConfixAllowed(prefix, suffix) || rest.Length < 2)
            {
                continue;
            }

            foreach (var r in Prefixed(rest, suffix, depth + 1, prefix))
            {
                yield return r;
            }
        }
    }

    private static bool ConfixAllowed(string prefix, string? suffix) => (prefix, suffix) switch
    {
        ("ber", "i") or ("di", "an") or ("ke", "i") or ("ke", "kan") or ("me", "an") or ("se", "i") or ("se", "kan") or ("ter", "an") => false,
        _ => true,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static IEnumerable<(string Prefix, string Remainder)> PrefixCuts(string w)
    {
        if (w.StartsWith("di", StringComparison.Ordinal))
        {
            yield return ("di", w[2..]);
        }

        if (w.StartsWith("ke", StringComparison.Ordinal))
        {
            yield return ("ke", w[2..]);
        }

        if (w.StartsWith("se", StringComparison.Ordinal))
        {
            yield return ("se", w[2..]);
        }

        foreach (var (p, short1) in new[] { ("ter", "te"), ("ber", "be"), ("per", "pe") })
        {
            if (w.StartsWith(p, StringComparison.Ordinal))
            {
                yield return (p, w[3..]);
                yield return (p, w[2..]); // be+rambut, te+rasa, pe+rintah
            }
            else if (w.StartsWith(short1, StringComparison.Ordinal) && w.Length > 3 && !IsVowel(w[2]))
            {
                // be+kerja, te+percaya, pe+kerja (before a consonant + er: bekerja, tepercaya).
                yield return (p, w[2..]);
            }
        }

        if (w.StartsWith("bel", StringComparison.Ordinal) || w.StartsWith("pel", StringComparison.Ordinal))
        {
            yield return (w[..2] + "r", w[3..]); // belajar, pelajar → ajar
        }

        foreach (var (p, recode) in new[] { ("me", 'p'), ("pe", 'p') })
        {
            if (!w.StartsWith(p, StringComparison.Ordinal) || w.Length < 4)
            {
                continue;
            }

            var tag = p + "N";
            var a = w[2..];
            if (a.StartsWith("nge", StringComparison.Ordinal) && a.Length > 4)
            {
                yield return (tag, a[3..]); // mengecat → cat
            }

            if (a.StartsWith("ng", StringComparison.Ordinal) && a.Length > 3)
            {
                var r = a[2..];
                yield return (tag, r); // menggali → gali, mengukur → ukur
                if (IsVowel(r[0]))
                {
                    yield return (tag, "k" + r); // mengirim → kirim
                }
            }
            else if (a.StartsWith("ny", StringComparison.Ordinal) && a.Length > 3 && IsVowel(a[2]))
            {
                yield return (tag, "s" + a[2..]); // menyapu → sapu
                yield return (tag, a); // menyanyi → nyanyi
            }
            else if (a[0] == 'n' && a.Length > 2)
            {
                var r = a[1..];
                yield return (tag, r); // mendengar → dengar, mencari → cari
                if (IsVowel(r[0]))
                {
                    yield return (tag, a); // menanti → nanti
                    yield return (tag, "t" + r); // menuduh → tuduh
                }
            }
            else if (a[0] == 'm' && a.Length > 2)
            {
                var r = a[1..];
                yield return (tag, r); // membeli → beli
                if (IsVowel(r[0]))
                {
                    yield return (tag, a); // memakan → makan
                    yield return (tag, recode + r); // memukul → pukul
                }
            }
            else if (a[0] is 'l' or 'r' or 'w' or 'y' || (p == "pe" && !IsVowel(a[0])))
            {
                yield return (tag, a); // melihat → lihat, merasa → rasa, pekerja → kerja
            }
            else if (IsVowel(a[0]) && p == "pe")
            {
                yield return (tag, a);
            }
        }
    }
}
