using System.Text.RegularExpressions;
using Liputan.Documents;
using Liputan.Extraction.Metadata;

namespace Liputan.Language.Media;

/// <summary>
/// Finds the media an article cites ("dikutip dari Reuters", "seperti mengutip The Guardian",
/// "menurut surat kabar Rusia RT", "sebagaimana dikutip CNN.com", "kata … kepada Reuters") and
/// resolves them through the outlet directory; adds the article's photo credits.
/// </summary>
public static partial class CitedMediaFinder
{
    /// <summary>The cited media of <paramref name="text"/> plus <paramref name="photoCredits"/>.</summary>
    public static IReadOnlyList<CitedMedium> Find(string text, IReadOnlyList<string>? photoCredits = null, OutletDirectory? outlets = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var directory = outlets ?? OutletDirectory.Default;
        var list = new List<CitedMedium>();
        foreach (Match m in Cited().Matches(text))
        {
            var cue = m.Groups["cue"].Value.ToLowerInvariant();
            var strong = cue is not ("menurut" or "kepada" or "according to" or "told");
            var described = m.Groups["desc"].Success;
            var words = WordSpans(m.Groups["name"]);
            if (Resolve(text, words, directory) is { } hit)
            {
                list.Add(new CitedMedium(hit.Span, hit.Entry.Name, hit.Entry.Domain, cue));
            }
            else if ((strong || described) && words.Count > 0)
            {
                var span = new TextSpan(words[0].Start, words[^1].End);
                list.Add(new CitedMedium(span, span.TextOf(text), null, cue));
            }
        }

        foreach (var credit in photoCredits ?? [])
        {
            var name = credit.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            var e = directory.FindByAlias(name);
            list.Add(new CitedMedium(null, e?.Name ?? name, e?.Domain, "photo"));
        }

        return list;
    }

    private static List<TextSpan> WordSpans(Group g)
    {
        var list = new List<TextSpan>();
        foreach (Match w in Word().Matches(g.Value))
        {
            list.Add(new TextSpan(g.Index + w.Index, g.Index + w.Index + w.Length));
        }

        return list;
    }

    /// <summary>The longest run of words (any start) that the directory knows.</summary>
    private static (TextSpan Span, OutletEntry Entry)? Resolve(string text, List<TextSpan> words, OutletDirectory directory)
    {
        for (var len = words.Count; len >= 1; len--)
        {
            for (var i = 0; i + len <= words.Count; i++)
            {
                var span = new TextSpan(words[i].Start, words[i + len - 1].End);
                if (directory.FindByAlias(span.TextOf(text)) is { } e)
                {
                    return (span, e);
                }
            }
        }

        return null;
    }

    // A dot belongs to a name word only inside it ("CNN.com"), so a sentence's full stop ends the name,
    // and words join over spaces and tabs only, so a name never runs across a line or paragraph break.
    private const string NameWord = @"[\p{Lu}\d][\p{L}\d&'’\-]*(?:\.[\p{L}\d&'’\-]+)*";

    // The cue is matched in any case: it opens sentences too ("Dikutip dari Reuters, …").
    [GeneratedRegex(
        @"\b(?i:(?<cue>(?:seperti |sebagaimana )?(?:dikutip dari|dikutip|mengutip|dilansir dari|dilansir|melansir|diberitakan|dilaporkan)|menurut|kepada|according to|told|reported by|quoted by))\s+"
        + @"(?<desc>(?:surat kabar|harian|kantor berita|media|situs(?: berita)?|laman|stasiun televisi|televisi|majalah|koran|portal(?: berita)?|newspaper|news agency|broadcaster)\s+)?"
        + @"(?<name>(?:the |The )?" + NameWord + @"(?:[ \t\u00A0]+" + NameWord + @"){0,3})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Cited();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d.&'’\-]*[\p{L}\d]|[\p{L}\d]")]
    private static partial Regex Word();
}
