namespace Liputan.Workflows;

/// <summary>An input that was not ingested, and why.</summary>
public sealed record Skipped(string Input, string Reason);

/// <summary>Progress of an ingest run.</summary>
public sealed record IngestProgress(int Done, int Total, int Ingested, int Duplicates, int Skipped);

/// <summary>What an ingest run did.</summary>
public sealed record IngestReport(int Total, int Ingested, int Duplicates, IReadOnlyList<Skipped> Skipped, TimeSpan Elapsed)
{
    /// <summary>Pages read per second.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Total / Elapsed.TotalSeconds : 0;

    /// <summary>How many events and stories the store holds after the run (null when the run did not group).</summary>
    public (int Events, int Stories)? Groups { get; init; }
}
