using Liputan.Documents;
using Liputan.Language.Sentences;
using Liputan.Language.Tokens;

namespace Liputan.Coverage;

/// <summary>
/// Every text sentence of a story's articles as a unit-length TF-IDF vector (IDF over the
/// story's sentences) and a term set, so that sentences can be compared across outlets.
/// </summary>
internal sealed class SentencePool
{
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    private SentencePool(List<StorySentence> sentences)
    {
        Sentences = sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var t in sentences[i].Terms)
            {
                if (!_postings.TryGetValue(t, out var list))
                {
                    _postings[t] = list = [];
                }

                list.Add(i);
            }
        }
    }

    public List<StorySentence> Sentences { get; }

    /// <summary>
    /// The sentence itself and every sentence that holds at least <paramref name="threshold"/> of
    /// its content words, found through the term postings rather than by comparing all pairs.
    /// </summary>
    public IEnumerable<StorySentence> Supporters(StorySentence s, double threshold)
    {
        var counts = new int[Sentences.Count];
        var touched = new List<int>();
        foreach (var t in s.Terms)
        {
            if (!_postings.TryGetValue(t, out var list))
            {
                continue;
            }

            foreach (var i in list)
            {
                if (counts[i]++ == 0)
                {
                    touched.Add(i);
                }
            }
        }

        touched.Sort();
        var need = threshold * s.Terms.Count;
        foreach (var i in touched)
        {
            if (counts[i] >= need || ReferenceEquals(Sentences[i], s))
            {
                yield return Sentences[i];
            }
        }
    }

    /// <summary>Share of the sentence's terms that occur anywhere in another outlet's sentences: an upper bound on its support from them.</summary>
    public double SharedWithOtherOutlets(StorySentence s)
    {
        if (s.Terms.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var t in s.Terms)
        {
            foreach (var i in _postings.GetValueOrDefault(t) ?? [])
            {
                if (Sentences[i].Outlet != s.Outlet)
                {
                    shared++;
                    break;
                }
            }
        }

        return (double)shared / s.Terms.Count;
    }

    public static SentencePool Build(IReadOnlyList<Article> articles)
    {
        // Splitting and tokenising is per article and pure: done on all cores, merged in order.
        var perArticle = new List<(Article Article, TextSpan Span, int Index, int Count, List<string> Terms)>[articles.Count];
        Parallel.For(0, articles.Count, k =>
        {
            var a = articles[k];
            var spans = new List<TextSpan>();
            foreach (var p in a.Paragraphs)
            {
                if (p.Kind == ParagraphKind.Text)
                {
                    SentenceSplitter.Split(a.Body, p.Span.Start, p.Span.End, spans);
                }
            }

            var list = new List<(Article, TextSpan, int, int, List<string>)>(spans.Count);
            for (var i = 0; i < spans.Count; i++)
            {
                list.Add((a, spans[i], i, spans.Count, ContentTerms.Of(a.Body, spans[i].Start, spans[i].End)));
            }

            perArticle[k] = list;
        });
        var raw = perArticle.SelectMany(x => x).ToList();

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in raw)
        {
            foreach (var t in r.Terms.Distinct(StringComparer.Ordinal))
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }
        }

        var n = raw.Count + 1.0;
        var sentences = new List<StorySentence>(raw.Count);
        foreach (var r in raw)
        {
            var v = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var t in r.Terms)
            {
                v[t] = v.GetValueOrDefault(t) + 1;
            }

            double norm = 0;
            foreach (var t in v.Keys.ToList())
            {
                v[t] = (1 + Math.Log(v[t])) * Math.Log(n / df[t]);
                norm += v[t] * v[t];
            }

            norm = Math.Sqrt(norm);
            if (norm > 0)
            {
                foreach (var t in v.Keys.ToList())
                {
                    v[t] /= norm;
                }
            }

            sentences.Add(new StorySentence(r.Article, r.Span, r.Index, r.Count, r.Terms.ToHashSet(StringComparer.Ordinal), v));
        }

        return new SentencePool(sentences);
    }
}
