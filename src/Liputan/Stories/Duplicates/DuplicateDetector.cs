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
/// <param name="Window">An article is compared with at least this many of the articles before it (at most twice as many): older signatures leave memory.</param>
public sealed record DuplicateOptions(double Threshold = 0.6, int Bands = 32, int Rows = 4, int Window = 100_000)
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

    // Two generations of signatures: when the newer holds Window articles the older one is
    // dropped, so memory stays bounded and every article still meets the Window before it.
    private Generation _older;
    private Generation _newer;

    /// <summary>A detector with <paramref name="options"/>.</summary>
    public DuplicateDetector(DuplicateOptions? options = null)
    {
        _options = options ?? DuplicateOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Window, 1);
        _minHash = new MinHash(_options.Bands * _options.Rows);
        _older = new Generation(_options);
        _newer = new Generation(_options);
    }

    /// <summary>Articles seen so far.</summary>
    public int Count { get; private set; }

    /// <summary>Signatures held in memory.</summary>
    public int Held => _older.Items.Count + _newer.Items.Count;

    /// <summary>Adds an article (call in publication order); returns the link when it copies an earlier one.</summary>
    public DuplicateLink? Add(ArticleId id, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Add(id, _minHash.Signature(body));
    }

    /// <summary>The MinHash signature of a body; safe to compute on many threads before <see cref="Add(ArticleId, ulong[])"/>.</summary>
    public ulong[] Signature(string body) => _minHash.Signature(body);

    /// <summary>Adds an article by its <see cref="Signature"/> (call in publication order); returns the link when it copies an earlier one.</summary>
    public DuplicateLink? Add(ArticleId id, ulong[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        DuplicateLink? link = null;
        foreach (var generation in (ReadOnlySpan<Generation>)[_older, _newer])
        {
            foreach (var i in generation.Index.Candidates(signature))
            {
                var (seen, canonical) = generation.Items[i];
                var sim = MinHash.Similarity(signature, seen);
                if (sim >= _options.Threshold && (link is null || sim > link.Similarity))
                {
                    link = new DuplicateLink(id, canonical, sim);
                }
            }
        }

        if (_newer.Items.Count >= _options.Window)
        {
            _older = _newer;
            _newer = new Generation(_options);
        }

        _newer.Items.Add((signature, link?.Canonical ?? id));
        _newer.Index.Add(signature, _newer.Items.Count - 1);
        Count++;
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

    private sealed class Generation(DuplicateOptions options)
    {
        public LshIndex<int> Index { get; } = new(options.Bands, options.Rows);

        public List<(ulong[] Signature, ArticleId Canonical)> Items { get; } = [];
    }
}
