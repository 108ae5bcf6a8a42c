using Liputan.Documents;

namespace Liputan.Stories.Duplicates;

/// <summary>A copy of an article: the same text (near or exact) published again.</summary>
/// <param name="Copy">The later copy.</param>
/// <param name="Canonical">The earliest article of the copies' group.</param>
/// <param name="Similarity">Estimated Jaccard similarity of the copy's and the canonical article's word shingles.</param>
public sealed record DuplicateLink(ArticleId Copy, ArticleId Canonical, double Similarity);

/// <summary>A signature as stored: the article's place in the stream, its canonical article and its MinHash values.</summary>
public sealed record StoredSignature(int Seq, ArticleId Canonical, ulong[] Signature);

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

    /// <summary>The first seq still held in memory: stored signatures before it are no longer needed.</summary>
    public int OldestHeld => Count - Held;

    /// <summary>A detector that goes on after <paramref name="count"/> articles, holding the stored <paramref name="signatures"/> of the last two generations.</summary>
    public static DuplicateDetector Resume(int count, IEnumerable<StoredSignature> signatures, DuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        var d = new DuplicateDetector(options) { _recent = [] };
        var w = d._options.Window;
        // Seq s sits in generation s / Window, as it did when it was added.
        var newest = count == 0 ? 0 : (count - 1) / w;
        foreach (var s in signatures.Where(s => s.Seq / w >= newest - 1 && s.Seq < count).OrderBy(s => s.Seq))
        {
            var g = s.Seq / w == newest ? d._newer : d._older;
            g.Items.Add((s.Signature, s.Canonical));
            g.Index.Add(s.Signature, g.Items.Count - 1);
        }

        d.Count = count;
        return d;
    }

    /// <summary>Signatures added since the resume or the last call (a resumed detector only).</summary>
    public IReadOnlyList<StoredSignature> TakeNew()
    {
        var list = _recent?.ToList() ?? [];
        _recent?.Clear();
        return list;
    }

    private List<StoredSignature>? _recent;

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

    /// <summary>The signature of a body from its tokens (the whole <see cref="Language.Tokens.Tokenizer"/> output), when they are at hand anyway.</summary>
    public ulong[] Signature(IReadOnlyList<Language.Tokens.Token> bodyTokens) => _minHash.Signature(bodyTokens);

    /// <summary>Adds an article by its <see cref="Signature(string)"/> (call in publication order); returns the link when it copies an earlier one.</summary>
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
        _recent?.Add(new StoredSignature(Count, link?.Canonical ?? id, signature));
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
