using System.Text.RegularExpressions;

namespace Liputan.Extraction.Text;

/// <summary>Reads photo credits ("Antara/Reuters", "Getty Images via AFP", "Instagram/…") from caption lines.</summary>
internal static partial class CaptionCredits
{
    public static void Collect(string caption, List<string> credits)
    {
        foreach (Match m in Credit().Matches(caption))
        {
            var name = m.Value.Trim();
            if (!credits.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                credits.Add(name);
            }
        }
    }

    [GeneratedRegex(@"\b(?:Getty Images|AFP|Reuters|Antara(?: Foto)?|ANTARA(?: FOTO)?|AP(?= Photo)|Associated Press|EPA|Instagram|Twitter|Facebook|YouTube|Shutterstock|Istimewa|Xinhua|Anadolu|Bloomberg)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
