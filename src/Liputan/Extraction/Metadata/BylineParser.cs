using System.Text.RegularExpressions;

namespace Liputan.Extraction.Metadata;

/// <summary>Reads Indonesian and English bylines: Penulis, Reporter, Pewarta, Oleh, By, Editor, Penyunting, Redaktur.</summary>
public static partial class BylineParser
{
    /// <summary>What a byline line says.</summary>
    public sealed record Byline(IReadOnlyList<string> Authors, string? Editor, string? OutletToken);

    /// <summary>Parses a short metadata line; null when it is not a byline.</summary>
    public static Byline? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length > 160)
        {
            return null;
        }

        // "Penulis: A | Editor: B" carries two labelled parts.
        if (text.Contains('|', StringComparison.Ordinal))
        {
            var parts = text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var labelled = parts.Select(p => Labelled().Match(p)).Where(m => m.Success).ToList();
            if (labelled.Count >= 2)
            {
                var authors = new List<string>();
                string? editor = null;
                foreach (var part in labelled)
                {
                    var b = Parse(part.Value);
                    authors.AddRange(b?.Authors ?? []);
                    editor ??= b?.Editor;
                }

                return new Byline(authors, editor, null);
            }
        }

        // "Von Lena Berg, dpa", "Text von Jan Roth", "Written by: Ana Cruz": a word that also opens
        // sentences ("Von Montag an …") counts only when all that follows is names (agency codes aside).
        var plain = PlainLabelled().Match(text);
        if (plain.Success)
        {
            var rest = AfterNames().Replace(plain.Groups["names"].Value, string.Empty);
            var parts = rest.Split([",", ";", " und ", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(x => !IsAgencyCode(x)).ToList();
            return parts.Count > 0 && parts.All(LooksLikeName) ? new Byline(parts, null, null) : null;
        }

        var m = Labelled().Match(text);
        if (m.Success)
        {
            var names = SplitNames(m.Groups["names"].Value);
            var label = m.Groups["label"].Value.ToLowerInvariant();
            return label is "editor" or "penyunting" or "redaktur" or "editing"
                ? new Byline([], names.Count > 0 ? names[0] : null, null)
                : new Byline(names, null, null);
        }

        // "John Doe - Bisnis.com 08 Desember 2021 | 13:34 WIB"
        m = NameOutlet().Match(text);
        if (m.Success)
        {
            return new Byline(SplitNames(m.Groups["names"].Value), null, m.Groups["outlet"].Value);
        }

        return null;
    }

    /// <summary>True for a bare label line with no name after it ("Penulis", "Editor:").</summary>
    public static bool IsBareLabel(string line) => BareLabel().IsMatch(line.Trim());

    /// <summary>True when <paramref name="text"/> looks like a person's name (2-5 capitalised words).</summary>
    public static bool LooksLikeName(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 5)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]) || !w.All(c => char.IsLetter(c) || c is '.' or '\'' or '’' or '-') || RoleWords.Contains(w) || OutletDirectory.LooksLikeDomain(w))
            {
                return false;
            }
        }

        return true;
    }

    // Words of a byline that name a role or a desk, not a person.
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Kontributor", "Koresponden", "Wartawan", "Reporter", "Penulis", "Editor", "Redaksi", "Tim", "Staf", "Staff", "Jurnalis",
        "Fotografer", "Laporan", "Correspondent", "Writer", "Desk", "Newsroom", "Admin", "Humas",
    };

    // "dpa", "AFP", "lno": the agency after the writer's name.
    private static bool IsAgencyCode(string part) =>
        part.Length <= 5 && (part.All(c => char.IsLower(c) || c == '/') || part.All(c => char.IsUpper(c) || c == '/'));

    private static List<string> SplitNames(string names)
    {
        var result = new List<string>();
        foreach (var part in names.Split([",", ";", " dan ", " and ", " & ", "/"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "Oleh Sari Wulandari Diterbitkan 01 Des 2024": the stamp a header prints after the name.
            var p = StampAfterName().Replace(part, string.Empty).Trim().TrimEnd('.', '|').Trim();
            // A trailing date or outlet after the name belongs to the stamp, not to the name.
            var cut = p.IndexOfAny(['|', '(']);
            if (cut > 0)
            {
                p = p[..cut].Trim();
            }

            if (p.Length >= 2 && LooksLikeName(p))
            {
                result.Add(p);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^(?<label>Penulis|Reporter|Pewarta|Wartawan|Oleh|By|Author|Editor|Penyunting|Redaktur|Editing|Kontributor|Laporan(?: wartawan)?)\s*[:\-–]?\s+(?<names>\p{Lu}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?i:von|text von|text und fotos von|written by|words by)\s*:?\s+(?<names>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainLabelled();

    // What a byline line goes on with after the names: "am 24. Juli …", "| 12.03.2021", "- 4 min read".
    [GeneratedRegex(@"\s+(?:am|on|\||·|–|-)\s.*$|\s*\d.*$", RegexOptions.CultureInvariant)]
    private static partial Regex AfterNames();

    // Several reporters before the outlet too: "Andi Wijaya, Budi Santoso - Contoh.com".
    [GeneratedRegex(@"^(?<names>\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,4}(?:(?:, | dan | & )\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,4}){0,4}) [-–|] (?<outlet>[\p{L}\d-]+\.(?:com|co\.id|id|net|org|co|tv))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameOutlet();

    [GeneratedRegex(@"\s+(?:Diterbitkan|Dipublikasikan|Diperbarui|Terbit|Published|Updated|Posted)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampAfterName();

    [GeneratedRegex(@"^(?:Penulis|Reporter|Pewarta|Wartawan|Oleh|By|Author|Editor|Penyunting|Redaktur|Fotografer|Sumber)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareLabel();
}
