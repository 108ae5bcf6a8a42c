namespace Liputan.Stories.Events;

/// <summary>
/// The n heaviest terms of a vector, ties broken by the term's text, without sorting the whole
/// vector: a buffer of the best n so far, most entries rejected by one comparison with its worst.
/// </summary>
internal sealed class TopTerms(TermTable terms)
{
    private int[] _ids = new int[16];
    private double[] _weights = new double[16];
    private int _count;
    private int _n;

    /// <summary>Starts a selection of <paramref name="n"/> terms.</summary>
    public void Reset(int n)
    {
        _n = n;
        _count = 0;
        if (_ids.Length < n)
        {
            _ids = new int[n];
            _weights = new double[n];
        }
    }

    /// <summary>Offers one term.</summary>
    public void Offer(int id, double weight)
    {
        if (_n == 0 || (_count == _n && !terms.Before(id, weight, _ids[_count - 1], _weights[_count - 1])))
        {
            return;
        }

        var i = _count < _n ? _count++ : _count - 1;
        while (i > 0 && terms.Before(id, weight, _ids[i - 1], _weights[i - 1]))
        {
            _ids[i] = _ids[i - 1];
            _weights[i] = _weights[i - 1];
            i--;
        }

        _ids[i] = id;
        _weights[i] = weight;
    }

    /// <summary>Offers every term of an article vector.</summary>
    public void Offer(TermVector v)
    {
        for (var i = 0; i < v.Count; i++)
        {
            Offer(v.Ids[i], v.Weights[i]);
        }
    }

    /// <summary>Offers every term of a centroid.</summary>
    public void Offer(Centroid c) => c.OfferTo(this);

    /// <summary>The texts of the <paramref name="n"/> heaviest terms of <paramref name="c"/> (what events and stories are labelled with).</summary>
    public List<string> TextsOf(Centroid c, int n, TermTable terms)
    {
        Reset(n);
        Offer(c);
        var list = new List<string>(n);
        foreach (var id in Selected)
        {
            list.Add(terms[id]);
        }

        return list;
    }

    /// <summary>The selected ids, heaviest first.</summary>
    public ReadOnlySpan<int> Selected => _ids.AsSpan(0, _count);
}
