namespace Liputan.Coverage.Outlets;

/// <summary>How one outlet covered a story.</summary>
/// <param name="Name">Outlet name.</param>
/// <param name="Domain">Outlet domain, when known.</param>
/// <param name="Articles">Number of articles.</param>
/// <param name="First">Earliest publication (ISO), when known.</param>
/// <param name="Last">Latest publication (ISO), when known.</param>
/// <param name="PerDay">Articles per publication day (yyyy-MM-dd → count); undated articles are not counted here.</param>
/// <param name="PhotoCredits">Agencies and media credited for the outlet's photos.</param>
public sealed record OutletCoverage(string Name, string? Domain, int Articles, string? First, string? Last, IReadOnlyDictionary<string, int> PerDay, IReadOnlyList<string> PhotoCredits);

/// <summary>Something only one outlet of the story reports.</summary>
public sealed record ExclusiveItem(string Outlet, Citation Source);
