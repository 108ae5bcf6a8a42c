namespace Liputan.Pipeline;

/// <summary>Names one annotation layer that a stage produces and others may need.</summary>
public abstract class LayerKey
{
    private protected LayerKey(string name) => Name = name;

    /// <summary>Unique layer name ("sentences", "tokens").</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A layer whose value has type <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : LayerKey
    where T : class
{
    /// <summary>Creates the key; create each once, as a static field next to its stage.</summary>
    public LayerKey(string name)
        : base(name)
    {
    }
}
