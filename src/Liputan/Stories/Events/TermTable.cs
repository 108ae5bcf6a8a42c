using System.Runtime.InteropServices;

namespace Liputan.Stories.Events;

/// <summary>
/// Interned terms: every distinct term (stem, name, number) gets a dense int id the first time it
/// is met, with its document frequency beside it. Vectors, centroids and the candidate index hold
/// ids, so each term's string is kept once, however many clusters mention it.
/// </summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private int[] _df = new int[1024];
    private HashSet<int>? _changed;

    /// <summary>Articles counted so far.</summary>
    public int Documents { get; set; }

    /// <summary>Distinct terms so far.</summary>
    public int Count => _terms.Count;

    /// <summary>The term of an id.</summary>
    public string this[int id] => _terms[id];

    /// <summary>The id of <paramref name="term"/>, interning it when new.</summary>
    public int Id(string term)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, term, out var exists);
        if (!exists)
        {
            id = _terms.Count;
            _terms.Add(term);
            _changed?.Add(id);
            if (id == _df.Length)
            {
                Array.Resize(ref _df, _df.Length * 2);
            }
        }

        return id;
    }

    /// <summary>Articles that contain the term.</summary>
    public int DocumentFrequency(int id) => _df[id];

    /// <summary>Sets a term's document frequency (state reloaded from a store).</summary>
    public void SetDocumentFrequency(int id, int df) => _df[id] = df;

    /// <summary>
    /// Counts one article: its body terms and its names and numbers. Returns their ids in the
    /// dictionaries' order, so the article's vectors are weighed without looking each term up again.
    /// </summary>
    public (int[] Terms, int[] Entities) CountArticle(ArticleFeatures a)
    {
        Documents++;
        return (CountTerms(a.TermCounts), CountTerms(a.EntityCounts));
    }

    private int[] CountTerms(IReadOnlyDictionary<string, float> counts)
    {
        var ids = new int[counts.Count];
        var i = 0;
        foreach (var term in counts.Keys)
        {
            var id = Id(term);
            _df[id]++;
            _changed?.Add(id);
            ids[i++] = id;
        }

        return ids;
    }

    /// <summary>Orders by weight, heaviest first, then by term (ordinal): the order index keys and top terms are taken in.</summary>
    public bool Before(int id, double weight, int otherId, double otherWeight) =>
        weight != otherWeight ? weight > otherWeight : string.CompareOrdinal(_terms[id], _terms[otherId]) < 0;

    /// <summary>From now on, remembers which terms are new or changed, for <see cref="TakeChanges"/>.</summary>
    public void TrackChanges() => _changed ??= [];

    /// <summary>Terms new or changed since the last call, in id order.</summary>
    public IReadOnlyList<int> TakeChanges()
    {
        if (_changed is null)
        {
            return [];
        }

        var list = _changed.Order().ToList();
        _changed.Clear();
        return list;
    }
}
