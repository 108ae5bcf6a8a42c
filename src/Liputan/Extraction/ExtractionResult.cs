using Liputan.Documents;

namespace Liputan.Extraction;

/// <summary>An extracted article, or the reason there is none (expected bad input is not an exception).</summary>
public sealed record ExtractionResult(Article? Article, string? FailureReason)
{
    /// <summary>True when <see cref="Article"/> is set.</summary>
    public bool Success => Article is not null;

    /// <summary>A failed result with a reason a user can act on.</summary>
    public static ExtractionResult Fail(string reason) => new(null, reason);
}
