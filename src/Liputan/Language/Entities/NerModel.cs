using Liputan.Resources;

namespace Liputan.Language.Entities;

/// <summary>
/// The committed entity tagger (<c>Resources/models/ner.bin</c>), trained by
/// <c>dotnet run -c Release --project bench -- train-ner</c> on idner-news-2k train (MIT,
/// see Resources/models/README.md). Loaded once, thread-safe for tagging.
/// </summary>
public static class NerModel
{
    private static readonly Lazy<PerceptronTagger> Lazy = new(() =>
    {
        using var s = ResourceFile.Open("models/ner.bin");
        return PerceptronTagger.Load(s);
    });

    /// <summary>The shared tagger.</summary>
    public static PerceptronTagger Default => Lazy.Value;
}
