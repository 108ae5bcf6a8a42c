namespace Liputan.Coverage.Outlets;

/// <summary>How one outlet covered a story.</summary>
/// <param name="Name">Outlet name.</param>
/// <param name="Domain">Outlet domain, when known.</param>
/// <param name="Articles">Number of articles.</param>
/// <param name="First">Earliest publication (ISO), when known.</param>
/// <param name="Last">Latest publication (ISO), when known.</param>
/// <param name="PerDay">Articles per publication day (yyyy-MM-dd → count); undated articles are not counted here.</param>
/// <param name="PhotoCredits">Agencies and media credited for the outlet's photos.</param>
/// <param name="CitedMedia">Agencies and media the outlet's texts cite ("dikutip dari Reuters"), each with its citations.</param>
public sealed record OutletCoverage(string Name, string? Domain, int Articles, string? First, string? Last, IReadOnlyDictionary<string, int> PerDay, IReadOnlyList<string> PhotoCredits, IReadOnlyList<CitedMediumRef> CitedMedia);

/// <summary>A medium an outlet cites: its name, domain when known, how it is cited, and where.</summary>
/// <param name="Name">Display name ("Reuters", "CNN.com").</param>
/// <param name="Domain">Domain, when the outlet directory knows it.</param>
/// <param name="Cues">The citing words used ("dikutip dari", "menurut").</param>
/// <param name="Sources">The sentences that cite it.</param>
public sealed record CitedMediumRef(string Name, string? Domain, IReadOnlyList<string> Cues, IReadOnlyList<Citation> Sources);

/// <summary>Something only one outlet of the story reports.</summary>
public sealed record ExclusiveItem(string Outlet, Citation Source);
