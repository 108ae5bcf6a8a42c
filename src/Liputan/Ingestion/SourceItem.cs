using Liputan.Documents;

namespace Liputan.Ingestion;

/// <summary>One input found by a source: its bytes, or the reason it could not be read.</summary>
public sealed record SourceItem(string Name, RawDocument? Document, string? SkipReason)
{
    /// <summary>True when the bytes were read.</summary>
    public bool Readable => Document is not null;
}
