using System.Collections.Immutable;
using Liputan.Documents;

namespace Liputan.Pipeline;

/// <summary>An article with the annotation layers computed so far; immutable.</summary>
public sealed class AnalyzedArticle
{
    private readonly ImmutableDictionary<LayerKey, object> _layers;

    /// <summary>An article with no layers yet.</summary>
    public AnalyzedArticle(Article article)
        : this(article, ImmutableDictionary<LayerKey, object>.Empty)
    {
    }

    private AnalyzedArticle(Article article, ImmutableDictionary<LayerKey, object> layers)
    {
        Article = article;
        _layers = layers;
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The layers present.</summary>
    public IEnumerable<LayerKey> Layers => _layers.Keys;

    /// <summary>The value of a layer; throws when the pipeline did not compute it (a wiring bug).</summary>
    public T Get<T>(LayerKey<T> key)
        where T : class =>
        _layers.TryGetValue(key, out var value)
            ? (T)value
            : throw new InvalidOperationException($"Layer '{key.Name}' was not computed for article {Article.Id}.");

    /// <summary>The value of a layer, or null when absent.</summary>
    public T? Find<T>(LayerKey<T> key)
        where T : class => _layers.TryGetValue(key, out var value) ? (T)value : null;

    /// <summary>A copy with one more layer.</summary>
    public AnalyzedArticle With(LayerKey key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return new(Article, _layers.SetItem(key, value));
    }
}
