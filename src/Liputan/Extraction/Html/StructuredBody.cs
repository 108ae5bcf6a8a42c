using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Liputan.Extraction.Html;

/// <summary>
/// The article text a page states in its JSON-LD (<c>articleBody</c>, <c>text</c> of an
/// article type): the fallback when the scored content is much shorter, as on pages that render
/// the article by script or cut it into pieces the scorer cannot join.
/// </summary>
internal static partial class StructuredBody
{
    /// <summary>JSON-LD larger than this is not read (a page's whole product catalogue).</summary>
    private const int MaxScriptChars = 2_000_000;

    /// <summary>The longest article body stated in the page's JSON-LD, as paragraphs; empty when there is none.</summary>
    public static List<string> Find(IDocument doc)
    {
        string? best = null;
        ForEachJsonLd(doc, "articleBody", root => Visit(root, ref best, 0));

        if (best is null)
        {
            return [];
        }

        if (best.Contains('<', StringComparison.Ordinal))
        {
            best = Tags().Replace(best, "\n");
        }

        best = System.Net.WebUtility.HtmlDecode(best);
        var result = new List<string>();
        foreach (var line in best.Split('\n'))
        {
            var t = TextNormalizer.CollapseSpaces(line);
            if (t.Length > 0)
            {
                result.Add(t);
            }
        }

        return result;
    }

    /// <summary>The ingredients a recipe page states in its JSON-LD (<c>recipeIngredient</c>); empty when there are none.</summary>
    public static List<string> Ingredients(IDocument doc)
    {
        var result = new List<string>();
        ForEachJsonLd(doc, "recipeIngredient", root => CollectIngredients(root, result, 0));
        return result;
    }

    /// <summary>Hands the root of every JSON-LD block that mentions <paramref name="key"/> to <paramref name="visit"/>; blocks too large or broken are passed over.</summary>
    private static void ForEachJsonLd(IDocument doc, string key, JsonVisitor visit)
    {
        foreach (var script in doc.Scripts)
        {
            if (!string.Equals(script.Type?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var json = script.Text;
            if (json.Length > MaxScriptChars || !json.Contains(key, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                visit(parsed.RootElement);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the scored content stands.
            }
        }
    }

    private delegate void JsonVisitor(JsonElement root);

    private static void CollectIngredients(JsonElement e, List<string> into, int depth)
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

    private static void Visit(JsonElement e, ref string? best, int depth)
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
                        Visit(p.Value, ref best, depth + 1);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    Visit(x, ref best, depth + 1);
                }

                break;
        }
    }

    [GeneratedRegex(@"<[^>]{0,2000}>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
