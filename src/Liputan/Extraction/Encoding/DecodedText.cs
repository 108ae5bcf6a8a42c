namespace Liputan.Extraction.Encoding;

/// <summary>The outcome of decoding bytes to text: the text and the encoding used, or why not.</summary>
public sealed record DecodedText(string? Text, string? EncodingName, string? FailureReason)
{
    /// <summary>True when <see cref="Text"/> is set.</summary>
    public bool Success => Text is not null;
}
