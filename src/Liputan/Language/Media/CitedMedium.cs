using Liputan.Documents;

namespace Liputan.Language.Media;

/// <summary>An outlet an article relies on: cited in the text or credited for a photo.</summary>
/// <param name="Span">The outlet's name in the body; null for a photo credit (not in the body).</param>
/// <param name="Name">The outlet's display name (from the outlet directory when known).</param>
/// <param name="Domain">The outlet's domain when the directory knows it.</param>
/// <param name="Cue">How it is cited: "dikutip dari", "mengutip", "menurut", "kepada", "photo".</param>
public sealed record CitedMedium(TextSpan? Span, string Name, string? Domain, string Cue);
