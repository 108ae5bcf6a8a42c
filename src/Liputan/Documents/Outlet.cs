namespace Liputan.Documents;

/// <summary>The publication an article comes from.</summary>
/// <param name="Name">Display name ("Kompas.com").</param>
/// <param name="Domain">Registrable domain ("kompas.com"), when known.</param>
/// <param name="Evidence">Where the outlet was read from (url, dateline, byline, sign-off, copyright, domain).</param>
public sealed record Outlet(string Name, string? Domain, string Evidence);
