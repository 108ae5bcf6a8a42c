using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Liputan.Documents;
using Liputan.Language.Tokens;

namespace Liputan.Language.Quantities;

/// <summary>
/// Finds numbers in Indonesian and English formats (60.000; 2,5 juta; Rp 2.500; US$ 3 miliar;
/// "dua jam"; "puluhan ribu"), ranges ("60.000 hingga 90.000", "9-10"), units and currencies,
/// and hedges ("hampir", "sekitar", "lebih dari", "hingga").
/// </summary>
public static partial class QuantityFinder
{
    /// <summary>The quantities of <paramref name="text"/>; <paramref name="language"/> "en" reads 2,500 as two thousand five hundred.</summary>
    public static IReadOnlyList<Quantity> Find(string text, string? language = "id")
    {
        ArgumentNullException.ThrowIfNull(text);
        var english = language is "en";
        var list = new List<Quantity>();
        foreach (Match m in Pattern().Matches(text))
        {
            if (Read(text, m, english) is { } q)
            {
                list.Add(q);
            }
        }

        return list;
    }

    private static Quantity? Read(string text, Match m, bool english)
    {
        var n1 = m.Groups["n1"];
        var n2 = m.Groups["n2"];
        var unitText = m.Groups["unit"].Success ? m.Groups["unit"].Value : m.Groups["pct"].Success ? "%" : null;
        var currency = m.Groups["cur"].Success ? m.Groups["cur"].Value : m.Groups["cur2"].Success ? m.Groups["cur2"].Value : null;
        var scale1 = Scale(m.Groups["s1"].Value);
        var scale2 = Scale(m.Groups["s2"].Value);
        var unit = currency is not null ? Currency(currency) : unitText is null ? null : Unit(unitText);
        if (unit is null && unitText is not null && Currency(unitText) is { } c)
        {
            unit = c;
        }

        if (Value(n1.Value, english) is not { } v1)
        {
            return null;
        }

        var isWord = !char.IsDigit(n1.Value[0]);
        var end = m.Index + m.Length;
        var year = v1.Min is >= 1900 and <= 2100 && n1.Value.Length == 4;
        if (unit is null && !year && !IsDatePart(text, n1.Index, n1.Index + n1.Length) && CountedNoun(text, end) is { } noun)
        {
            unit = Unit(noun.Word);
            end = noun.End;
        }

        var hasContext = unit is not null || scale1 > 1 || scale2 > 1 || v1.Vague;

        // A bare number: skip years, date parts and word numbers without a counted noun.
        if (!hasContext)
        {
            if (isWord || IsDatePart(text, n1.Index, n1.Index + n1.Length) || year)
            {
                return null;
            }
        }

        var min = v1.Min;
        var max = v1.Max;
        if (n2.Success && Value(n2.Value, english) is { } v2)
        {
            var s1 = scale1 > 1 ? scale1 : scale2; // "2-3 juta": the scale of the second applies to the first
            min *= s1;
            max = v2.Max * (scale2 > 1 ? scale2 : s1);
            if (IsDatePart(text, n1.Index, n2.Index + n2.Length) || max < min)
            {
                return null;
            }
        }
        else
        {
            min *= scale1;
            max *= scale1;
        }

        var approx = m.Groups["approx"].Success ? Hedge(m.Groups["approx"].Value) : v1.Vague ? Approximation.Vague : Approximation.Exact;
        return new Quantity(new TextSpan(m.Index, end), min, max, unit, approx);
    }

    /// <summary>
    /// A noun counted by the number though not in the unit list ("tiga pembicaraan", "12
    /// sekolah"): the next word, lower case, not a function word.
    /// </summary>
    private static (string Word, int End)? CountedNoun(string text, int position)
    {
        if (position >= text.Length || text[position] != ' ')
        {
            return null;
        }

        var i = position + 1;
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
        {
            return null; // a reduplicated or compound word: "dua-duanya"
        }

        var word = text[start..i];
        if (word.Length < 4 || !word.All(char.IsLower) || Stopwords.Contains(word) || ScaleWord().IsMatch(word) || NotCounted.Contains(word))
        {
            return null;
        }

        return (word, i);
    }

    private static readonly FrozenSet<string> NotCounted = new[]
    {
        "lalu", "silam", "kemudian", "terakhir", "mendatang", "lagi", "saja", "pula", "pun", "juga", "sekaligus", "kali", "persen",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("^" + ScaleWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleWord();

    private static bool IsDatePart(string text, int start, int end) =>
        start > 0 && text[start - 1] is '/' or ':' || end < text.Length && text[end] is '/' or ':';

    private readonly record struct NumberValue(double Min, double Max, bool Vague);

    private static NumberValue? Value(string s, bool english)
    {
        var lower = s.ToLowerInvariant();
        if (Vague(lower) is { } v)
        {
            return v;
        }

        if (!char.IsDigit(s[0]))
        {
            return WordValue(lower) is { } w ? new NumberValue(w, w, false) : null;
        }

        var normal = Normalise(s, english);
        return double.TryParse(normal, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? new NumberValue(d, d, false) : null;
    }

    /// <summary>Rewrites 60.000 / 2,5 / 1.234,5 / 2,500 (English) into invariant form.</summary>
    private static string Normalise(string s, bool english)
    {
        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        if (dots > 0 && commas > 0)
        {
            return s.LastIndexOf(',') > s.LastIndexOf('.') ? s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.') : s.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        if (dots > 0)
        {
            var thousands = s.Split('.').Skip(1).All(g => g.Length == 3) && !(english && dots == 1);
            return thousands ? s.Replace(".", string.Empty, StringComparison.Ordinal) : s;
        }

        if (commas > 0)
        {
            var thousands = english && s.Split(',').Skip(1).All(g => g.Length == 3);
            return thousands ? s.Replace(",", string.Empty, StringComparison.Ordinal) : s.Replace(',', '.');
        }

        return s;
    }

    private static NumberValue? Vague(string s) => s switch
    {
        "belasan" => new NumberValue(11, 19, true),
        "puluhan" or "dozens" => new NumberValue(10, 99, true),
        "ratusan" or "hundreds" => new NumberValue(100, 999, true),
        "ribuan" or "thousands" => new NumberValue(1_000, 9_999, true),
        "jutaan" or "millions" => new NumberValue(1_000_000, 9_999_999, true),
        _ => null,
    };

    private static double? WordValue(string s)
    {
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var v = Digit(parts[0]);
        if (v is null)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            return parts[1] switch
            {
                "belas" => v + 10,
                "puluh" => v * 10,
                "ratus" => v * 100,
                _ => null,
            };
        }

        return v;
    }

    private static double? Digit(string s) => s switch
    {
        "satu" or "one" => 1,
        "dua" or "two" => 2,
        "tiga" or "three" => 3,
        "empat" or "four" => 4,
        "lima" or "five" => 5,
        "enam" or "six" => 6,
        "tujuh" or "seven" => 7,
        "delapan" or "eight" => 8,
        "sembilan" or "nine" => 9,
        "sepuluh" or "ten" => 10,
        "sebelas" or "eleven" => 11,
        "twelve" => 12,
        "twenty" => 20,
        "seratus" => 100,
        "seribu" => 1000,
        "sejuta" => 1_000_000,
        _ => null,
    };

    private static double Scale(string s) => s.ToLowerInvariant() switch
    {
        "ribu" or "thousand" => 1e3,
        "juta" or "million" => 1e6,
        "miliar" or "milyar" or "billion" => 1e9,
        "triliun" or "trillion" => 1e12,
        _ => 1,
    };

    private static Approximation Hedge(string s) => s.Trim().ToLowerInvariant() switch
    {
        "hampir" or "nearly" or "almost" or "kurang dari" or "less than" or "under" => Approximation.LessThan,
        "sekitar" or "kurang lebih" or "lebih kurang" or "kira-kira" or "about" or "around" or "approximately" or "roughly" => Approximation.About,
        "lebih dari" or "more than" or "over" => Approximation.MoreThan,
        "hingga" or "sampai" or "up to" or "maksimal" or "paling banyak" => Approximation.UpTo,
        _ => Approximation.AtLeast,
    };

    private static string? Currency(string s) => s.ToLowerInvariant().TrimEnd('.') switch
    {
        "rp" or "rupiah" => "IDR",
        "us$" or "usd" or "$" or "dolar" or "dollar" or "dollars" or "dolar as" => "USD",
        "s$" => "SGD",
        "€" or "euro" => "EUR",
        "£" or "pound" => "GBP",
        _ => null,
    };

    private static string Unit(string s)
    {
        var u = s.ToLowerInvariant();
        if (u.Length > 5 && u.EndsWith("nya", StringComparison.Ordinal))
        {
            u = u[..^3]; // "tentaranya"
        }

        return u switch
        {
            "%" or "persen" or "percent" or "per cent" => "percent",
            "detik" or "second" or "seconds" => "second",
            "menit" or "minute" or "minutes" => "minute",
            "jam" or "hour" or "hours" => "hour",
            "hari" or "day" or "days" => "day",
            "pekan" or "minggu" or "week" or "weeks" => "week",
            "bulan" or "month" or "months" => "month",
            "tahun" or "year" or "years" => "year",
            "km" or "kilometer" or "kilometers" => "km",
            "meter" or "m" or "meters" => "m",
            "kg" or "kilogram" => "kg",
            "troops" or "soldiers" => "tentara",
            "people" => "orang",
            "countries" => "negara",
            _ => Currency(u) ?? u,
        };
    }

    private const string Num = @"(?:\d+(?:[.,]\d+)*|(?:belasan|puluhan|ratusan|ribuan|jutaan|dozens|hundreds|thousands|millions)|(?:se(?:puluh|belas|ratus|ribu|juta)|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)(?:\s(?:belas|puluh|ratus)\b)?)";

    private const string ScaleWords = @"(?:ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion)\b";

    private const string Cur = @"(?:Rp\.?|US\$|USD|S\$|\$|€|£)";

    [GeneratedRegex(
        @"(?<![\p{L}\d.,])(?<approx>(?:hampir|sekitar|kurang lebih|lebih kurang|kira-kira|lebih dari|kurang dari|setidaknya|sedikitnya|minimal|maksimal|paling banyak|hingga|sampai|nearly|almost|about|around|approximately|roughly|more than|less than|over|under|up to|at least)\s+)?"
        + "(?:(?<cur>" + Cur + @")\s?)?"
        + "(?<n1>" + Num + @")(?![\p{L}\d])(?:\s(?<s1>" + ScaleWords + "))?"
        + @"(?:\s?(?:-|–|hingga|sampai|s\.d\.?|to)\s?(?:(?<cur2>" + Cur + @")\s?)?(?<n2>\d+(?:[.,]\d+)*|" + Num + @")(?![\p{L}\d])(?:\s(?<s2>" + ScaleWords + "))?)?"
        + @"(?:(?<pct>\s?%)|\s(?<unit>persen|percent|detik|menit|jam|hari|pekan|minggu|bulan|tahun|seconds?|minutes?|hours?|days?|weeks?|months?|years?|orang|warga|tentara|pasukan|personel|prajurit|serdadu|troops|soldiers|people|negara|countries|km|kilometer|meter|kg|ton|liter|unit|rumah|jiwa|korban|kendaraan|kapal|pesawat|dolar(?:\sAS)?|dollars?|rupiah|euro|kali|times)(?:nya)?\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
