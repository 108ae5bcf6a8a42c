namespace Liputan.Stories.Events;

/// <summary>A story as the linker compares events with it: its events' summed vectors and its last date.</summary>
internal sealed class StoryProfile
{
    // Its heaviest names, kept until the next event joins: compared with every candidate event.
    private int[]? _salient;

    /// <summary>An empty profile, to absorb events into.</summary>
    public StoryProfile()
    {
    }

    /// <summary>A read-only profile over one sum held elsewhere (a story of one part): its centroids are not copied.</summary>
    public StoryProfile(StoryEvent only)
    {
        Body = only.Body;
        Entities = only.Entities;
        Last = only.Last;
        IsShared = true;
    }

    /// <summary>The latest last date of its events.</summary>
    public DateOnly? Last { get; private set; }

    /// <summary>The sum of its events' body centroids.</summary>
    public Centroid Body { get; } = new();

    /// <summary>The sum of its events' names-and-numbers centroids.</summary>
    public Centroid Entities { get; } = new();

    /// <summary>Whether the centroids are another's (the profile absorbs nothing).</summary>
    public bool IsShared { get; }

    /// <summary>Its salient names (<see cref="StoryLinker.TopNames"/>), computed once per change.</summary>
    public int[] Salient(StoryLinker linker) => _salient ??= linker.TopNames(Entities);

    /// <summary>Adds an event (or a sum of events) to the profile.</summary>
    public void Absorb(StoryEvent e)
    {
        if (IsShared)
        {
            throw new InvalidOperationException("a shared profile does not absorb events");
        }

        if (e.Last is { } l && (Last is null || l > Last))
        {
            Last = l;
        }

        Body.Add(e.Body);
        Entities.Add(e.Entities);
        _salient = null;
    }
}
