namespace Liputan.Documents;

/// <summary>
/// Bytes as they came from a source, before any decoding: a file on disk or an HTTP response.
/// </summary>
/// <param name="Content">The raw bytes.</param>
/// <param name="SourcePath">File path, when read from disk.</param>
/// <param name="SourceUrl">URL, when fetched.</param>
/// <param name="FetchedAt">When the bytes were read; never used as a publication date.</param>
/// <param name="ContentType">HTTP Content-Type header, when known (it may carry the charset).</param>
public sealed record RawDocument(
    ReadOnlyMemory<byte> Content,
    string? SourcePath,
    Uri? SourceUrl,
    DateTimeOffset FetchedAt,
    string? ContentType = null)
{
    /// <summary>A short name for messages: the file name or the URL.</summary>
    public string DisplayName => SourcePath is not null ? Path.GetFileName(SourcePath) : SourceUrl?.ToString() ?? "(stdin)";
}
