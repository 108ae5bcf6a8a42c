namespace Liputan.Coverage.QuoteBoard;

/// <summary>One wording of a quote as one outlet reports it.</summary>
public sealed record QuoteWording(string Outlet, string Kind, string? Cue, Citation Quote);

/// <summary>One statement of a speaker, with every outlet's wording side by side.</summary>
public sealed record QuoteEntry(IReadOnlyList<QuoteWording> Wordings);

/// <summary>A speaker with the roles the articles give them and their statements.</summary>
public sealed record SpeakerQuotes(string Speaker, IReadOnlyList<string> Roles, IReadOnlyList<QuoteEntry> Quotes);
