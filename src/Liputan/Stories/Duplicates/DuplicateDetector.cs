using Liputan.Documents;

namespace Liputan.Stories.Duplicates;

/// <summary>A copy of an article: the same text (near or exact) published again.</summary>
/// <param name="Copy">The later copy.</param>
/// <param name="Canonical">The earliest article of the copies' group.</param>
/// <param name="Similarity">Estimated Jaccard similarity of the copy's and the canonical article's word shingles.</param>
public sealed record DuplicateLink(ArticleId Copy, ArticleId Canonical, double Similarity);

/// <summary>Thresholds of <see cref="DuplicateDetector"/>.</summary>
/// <param name="Threshold">Minimum estimated Jaccard similarity of word 5-shingles for a near duplicate.</param>
/// <param name="Bands">LSH bands (the signature has <paramref name="Bands"/> × <paramref name="Rows"/> values).</param>
/// <param name="Rows">Values per LSH band.</param>
public sealed record DuplicateOptions(double Threshold = 0.6, int Bands = 32, int Rows = 4)
{
    /// <summary>The defaults.</summary>
    public static DuplicateOptions Default { get; } = new();
}

/// <summary>
/// Finds near-duplicate articles online: each article, in publication order, is compared only
/// with the LSH candidates of its MinHash signature; a match makes it a copy of the match's
/// canonical (earliest) article. Exact copies (same normalised text) are already stored once.
/// </summary>
public sealed class DuplicateDetector
{
    private readonly DuplicateOptions _options;
    private readonly MinHash _minHash;
    private readonly LshIndex<int> _index;
    private readonly List<(ArticleId Id, ulong[] Signature, ArticleId Canonical)> _seen = [];

    /// <summary>A detector with <paramref name="options"/>.</summary>
    public DuplicateDetector(DuplicateOptions? options = null)
    {
        _options = options ?? DuplicateOptions.Default;
        _minHash = new MinHash(_options.Bands * _options.Rows);
        _index = new LshIndex<int>(_options.Bands, _options.Rows);
    }

    /// <summary>Articles seen so far.</summary>
    public int Count => _seen.Count;

    /// <summary>Adds an article (call in publication order); returns the link when it copies an earlier one.</summary>
    public DuplicateLink? Add(ArticleId id, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var signature = _minHash.Signature(body);
        DuplicateLink? link = null;
        foreach (var i in _index.Candidates(signature))
        {
            var sim = MinHash.Similarity(signature, _seen[i].Signature);
            if (sim >= _options.Threshold && (link is null || sim > link.Similarity))
            {
                link = new DuplicateLink(id, _seen[i].Canonical, sim);
            }
        }

        _seen.Add((id, signature, link?.Canonical ?? id));
        _index.Add(signature, _seen.Count - 1);
        return link;
    }

    /// <summary>The copies among <paramref name="articles"/>, read in publication order (then id), deterministically.</summary>
    public static IReadOnlyList<DuplicateLink> Find(IEnumerable<Article> articles, DuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var detector = new DuplicateDetector(options);
        var links = new List<DuplicateLink>();
        foreach (var a in articles.OrderBy(a => a.Published?.Value.UtcDateTime ?? DateTime.MaxValue).ThenBy(a => a.Id.Value))
        {
            if (detector.Add(a.Id, a.Body) is { } link)
            {
                links.Add(link);
            }
        }

        return links;
    }
}
