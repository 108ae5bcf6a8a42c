using System.Text;

namespace Liputan.Language.Entities;

/// <summary>
/// The features of the entity tagger for one word: the word and its lower-cased form, shape,
/// prefixes and suffixes, the neighbouring words, word pairs and shapes, the word's place in
/// its run of capitalised words, and gazetteer labels (places, roles, media) around it. Tag-history features are added by the tagger.
/// </summary>
public static class NerFeatures
{
    /// <summary>The static (tag-independent) features of every word of a sentence.</summary>
    public static string[][] Extract(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var n = words.Count;
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var shapes = words.Select(Shape).ToArray();
        var gaz = Gazetteer.Default.Label(words);
        var runs = CapitalisedRuns(words);
        string W(int i) => i < 0 ? "<s>" : i >= n ? "</s>" : lower[i];
        string S(int i) => i < 0 ? "<s>" : i >= n ? "</s>" : shapes[i];
        string G(int i) => i < 0 || i >= n ? "-" : gaz[i] ?? "-";
        var result = new string[n][];
        var f = new List<string>(48);
        for (var i = 0; i < n; i++)
        {
            f.Clear();
            var w = words[i];
            var l = lower[i];
            f.Add("b");
            f.Add("w=" + w);
            f.Add("l=" + l);
            f.Add("s=" + shapes[i]);
            for (var k = 1; k <= 4 && k < l.Length; k++)
            {
                f.Add("p" + k + "=" + l[..k]);
                f.Add("x" + k + "=" + l[^k..]);
            }

            f.Add("l-1=" + W(i - 1));
            f.Add("l+1=" + W(i + 1));
            f.Add("l-2=" + W(i - 2));
            f.Add("l+2=" + W(i + 2));
            f.Add("l-2l-1=" + W(i - 2) + "|" + W(i - 1));
            f.Add("l+1l+2=" + W(i + 1) + "|" + W(i + 2));
            f.Add("run=" + runs[i]);
            f.Add("runl-1=" + runs[i] + "|" + W(i - 1));
            f.Add("l-1l=" + W(i - 1) + "|" + l);
            f.Add("ll+1=" + l + "|" + W(i + 1));
            f.Add("s-1=" + S(i - 1));
            f.Add("s+1=" + S(i + 1));
            f.Add("s-1s=" + S(i - 1) + "|" + shapes[i]);
            f.Add("ss+1=" + shapes[i] + "|" + S(i + 1));
            f.Add("g=" + G(i));
            f.Add("g-1=" + G(i - 1));
            f.Add("g+1=" + G(i + 1));
            f.Add("gg=" + G(i - 1) + "|" + G(i) + "|" + G(i + 1));
            if (i == 0)
            {
                f.Add("first|s=" + shapes[i]);
            }

            if (w.Length > 0 && char.IsUpper(w[0]) && (i == 0 || !IsCap(words[i - 1])) && (i + 1 >= n || !IsCap(words[i + 1])))
            {
                f.Add("lonecap");
            }

            result[i] = [.. f];
        }

        return result;
    }

    /// <summary>The word's shape: X for upper-case, x lower, d digit, other characters kept, runs squeezed.</summary>
    public static string Shape(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(8);
        var last = '\0';
        foreach (var c in word)
        {
            var m = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (m != last)
            {
                sb.Append(m);
                last = m;
            }
        }

        return sb.ToString();
    }

    // Where the word stands in its run of capitalised words ("B3": first of three), so span
    // edges are seen as a whole rather than word by word.
    private static string[] CapitalisedRuns(IReadOnlyList<string> words)
    {
        var result = new string[words.Count];
        for (var i = 0; i < words.Count;)
        {
            if (!IsCap(words[i]))
            {
                result[i++] = "-";
                continue;
            }

            var j = i;
            while (j < words.Count && IsCap(words[j]))
            {
                j++;
            }

            var len = Math.Min(j - i, 4);
            for (var k = i; k < j; k++)
            {
                var pos = j - i == 1 ? "S" : k == i ? "B" : k == j - 1 ? "E" : "I";
                result[k] = pos + len.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            i = j;
        }

        return result;
    }

    private static bool IsCap(string w) => w.Length > 0 && char.IsUpper(w[0]);
}
