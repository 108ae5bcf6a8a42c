using System.Collections.Frozen;
using Liputan.Resources;

namespace Liputan.Language.Tokens;

/// <summary>Indonesian and English stopwords (embedded lists), loaded once.</summary>
public static class Stopwords
{
    private static readonly Lazy<FrozenSet<string>> All = new(() =>
        ResourceFile.Lines("stopwords/id.txt").Concat(ResourceFile.Lines("stopwords/en.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>True when the lower-cased word is a stopword in either language.</summary>
    public static bool Contains(string lowerWord) => All.Value.Contains(lowerWord);
}
