using System.Text.Json;
using System.Text.RegularExpressions;

namespace Liputan.Extraction.Html;

/// <summary>
/// The article text a page states in its JSON-LD (<c>articleBody</c>, <c>text</c> of an
/// article type): the fallback when the scored content is much shorter, as on pages that render
/// the article by script or cut it into pieces the scorer cannot join.
/// </summary>
internal static partial class StructuredBody
{
    /// <summary>JSON-LD larger than this is not read for the body (a page's whole product catalogue).</summary>
    public const int MaxScriptChars = 2_000_000;

    /// <summary>The article body a page states (<see cref="LongestBody"/>), as paragraphs; empty when there is none.</summary>
    public static List<string> Paragraphs(string? stated)
    {
        if (stated is null)
        {
            return [];
        }

        if (stated.Contains('<', StringComparison.Ordinal))
        {
            stated = Tags().Replace(stated, "\n");
        }

        stated = System.Net.WebUtility.HtmlDecode(stated);
        var result = new List<string>();
        foreach (var line in stated.Split('\n'))
        {
            var t = TextNormalizer.CollapseSpaces(line);
            if (t.Length > 0)
            {
                result.Add(t);
            }
        }

        return result;
    }

    /// <summary>Adds the ingredients a recipe states (<c>recipeIngredient</c>) anywhere under <paramref name="e"/>.</summary>
    public static void CollectIngredients(JsonElement e, List<string> into, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
            {
                CollectIngredients(x, into, depth + 1);
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name == "recipeIngredient" && p.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var i in p.Value.EnumerateArray())
                    {
                        if (i.ValueKind == JsonValueKind.String && TextNormalizer.CollapseSpaces(System.Net.WebUtility.HtmlDecode(i.GetString()!)) is { Length: > 0 } t)
                        {
                            into.Add(t);
                        }
                    }
                }
                else if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    CollectIngredients(p.Value, into, depth + 1);
                }
            }
        }
    }

    /// <summary>Keeps in <paramref name="best"/> the longest <c>articleBody</c> found anywhere under <paramref name="e"/>.</summary>
    public static void LongestBody(JsonElement e, ref string? best, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == "articleBody" && p.Value.ValueKind == JsonValueKind.String)
                    {
                        var s = p.Value.GetString();
                        if (s is not null && (best is null || s.Length > best.Length))
                        {
                            best = s;
                        }
                    }
                    else if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        LongestBody(p.Value, ref best, depth + 1);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    LongestBody(x, ref best, depth + 1);
                }

                break;
        }
    }

    [GeneratedRegex(@"<[^>]{0,2000}>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
