using System.Collections.Frozen;

namespace Liputan.Extraction.Metadata;

/// <summary>
/// Tells Indonesian from English (and neither) by the share of each language's most frequent
/// function words; enough for news text of a paragraph or more.
/// </summary>
public static class LanguageGuesser
{
    private static readonly FrozenSet<string> Indonesian = FrozenSet.Create(StringComparer.Ordinal,
        "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "pada", "adalah", "akan", "dalam",
        "juga", "sebagai", "oleh", "karena", "telah", "bahwa", "atau", "ada", "mereka", "kata", "para", "tersebut", "sudah", "bisa",
        // Terse reports (names, figures, places) use few of the words above; these carry them.
        "sejumlah", "sebagian", "sekitar", "hingga", "sehingga", "serta", "saat", "setelah", "namun", "masih", "lebih",
        "kepada", "bagi", "hampir", "mulai", "menjadi", "sejak", "agar", "belum", "secara", "terhadap", "melalui",
        "sementara", "beberapa", "seluruh", "sebanyak", "puluhan", "ratusan", "ribuan", "satu", "dua", "tiga", "empat",
        "tujuh", "pagi", "siang", "sore", "malam", "warga", "rumah", "jalan", "desa", "kecamatan", "kabupaten", "kepala");

    private static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.Ordinal,
        "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "as", "by", "it", "he", "said",
        "at", "from", "his", "an", "be", "has", "have", "are", "were", "this", "which", "but", "not", "they");

    /// <summary>"id", "en" or "other".</summary>
    public static string Guess(ReadOnlySpan<char> text)
    {
        int id = 0, en = 0, words = 0;
        Span<char> buffer = stackalloc char[12];
        foreach (var range in text.SplitAny(" \n\t,.;:!?\"()“”'’"))
        {
            var w = text[range];
            if (w.IsEmpty || w.Length > 12)
            {
                if (!w.IsEmpty)
                {
                    words++;
                }

                continue;
            }

            words++;
            var lower = buffer[..w.Length];
            w.ToLowerInvariant(lower);
            // The suffixes -kan and -nya mark Indonesian words of any stem (mengatakan, atapnya).
            if (Indonesian.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower) || (lower.Length >= 6 && (lower.EndsWith("kan") || lower.EndsWith("nya"))))
            {
                id++;
            }
            else if (English.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower))
            {
                en++;
            }

            if (words > 4000)
            {
                break;
            }
        }

        if (words < 5 || (id + en) * 20 < words)
        {
            return "other";
        }

        return id >= en ? "id" : "en";
    }
}
