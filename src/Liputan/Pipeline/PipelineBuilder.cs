namespace Liputan.Pipeline;

/// <summary>
/// Collects stages and wires them by the layers they need and produce. <see cref="Build"/>
/// orders them and fails fast on a missing or doubly produced layer.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    /// <summary>Adds a stage.</summary>
    public PipelineBuilder Use(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Orders the stages so each runs after the producers of what it needs.</summary>
    /// <exception cref="InvalidOperationException">A needed layer has no producer, two stages produce one layer, or the needs form a cycle.</exception>
    public Pipeline Build()
    {
        var producers = new Dictionary<LayerKey, IStage>();
        foreach (var stage in _stages)
        {
            if (!producers.TryAdd(stage.Produces, stage))
            {
                throw new InvalidOperationException($"Layer '{stage.Produces.Name}' is produced by both {producers[stage.Produces].GetType().Name} and {stage.GetType().Name}.");
            }
        }

        foreach (var stage in _stages)
        {
            foreach (var need in stage.Needs)
            {
                if (!producers.ContainsKey(need))
                {
                    throw new InvalidOperationException($"{stage.GetType().Name} needs layer '{need.Name}', which no stage produces.");
                }
            }
        }

        var ordered = new List<IStage>(_stages.Count);
        var state = new Dictionary<IStage, int>(); // 1 = visiting, 2 = done
        foreach (var stage in _stages)
        {
            Visit(stage, producers, state, ordered);
        }

        return new Pipeline(ordered);
    }

    private static void Visit(IStage stage, Dictionary<LayerKey, IStage> producers, Dictionary<IStage, int> state, List<IStage> ordered)
    {
        if (state.TryGetValue(stage, out var s))
        {
            if (s == 1)
            {
                throw new InvalidOperationException($"Stages form a cycle through layer '{stage.Produces.Name}'.");
            }

            return;
        }

        state[stage] = 1;
        foreach (var need in stage.Needs)
        {
            Visit(producers[need], producers, state, ordered);
        }

        state[stage] = 2;
        ordered.Add(stage);
    }
}
