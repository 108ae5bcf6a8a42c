namespace Liputan.Coverage.Claims;

/// <summary>
/// A claim that only one side makes: statements attributed to one party (its officials, its
/// spokespeople, the party itself) about another party, which that other party's side does not
/// confirm anywhere in the story.
/// </summary>
/// <param name="Side">The party the claim is attributed to ("serikat pekerja").</param>
/// <param name="About">The party the claim is about, when named ("direksi").</param>
/// <param name="UnconfirmedBy">The other side when an article says it did not respond or confirm ("kementerian").</param>
/// <param name="Claims">Every wording of the claim.</param>
/// <param name="NoResponse">The sentence that says the other side did not respond, when there is one.</param>
public sealed record OneSidedClaim(string Side, string? About, string? UnconfirmedBy, IReadOnlyList<Citation> Claims, Citation? NoResponse);

/// <summary>
/// A statement of one outlet that contradicts what the other outlets say of the same predicate
/// and arguments: a likely error of that outlet.
/// </summary>
/// <param name="Outlet">The outlet that stands alone.</param>
/// <param name="Rule">"negation" (one says not), "antonym" (opposite predicate), "argument" (another argument where the others agree, or the same party on both sides), "inversion" (the party that acted in the others is acted upon, or the reverse).</param>
/// <param name="Detail">What differs, in the outlets' words ("menyerang Negara A" vs "menyerang Negara B").</param>
/// <param name="Statement">The lone statement.</param>
/// <param name="Others">The other outlets' statements it contradicts.</param>
public sealed record Contradiction(string Outlet, string Rule, string Detail, Citation Statement, IReadOnlyList<Citation> Others);
