using System.Text.RegularExpressions;

namespace Liputan.Coverage.Claims;

/// <summary>
/// Claims made by one side only. An article says that one party did not respond to or confirm
/// what another party says ("Juru bicara kementerian tidak segera menanggapi … klaim
/// serikat pekerja atas pernyataan direksi"): the statements of the claiming party about the third party
/// ("serikat pekerja mengatakan direksi …"), in any article of the story, are one-sided unless a statement
/// of the silent party says the same.
/// </summary>
internal static partial class OneSidedFinder
{
    private const double Confirms = 0.5;

    private static readonly System.Buffers.SearchValues<string> ResponseVerbs = System.Buffers.SearchValues.Create(
        ["menanggapi", "merespons", "merespon", "mengonfirmasi", "mengomentari", "membenarkan", "berkomentar", "menjawab", "komentar"], StringComparison.Ordinal);

    public static List<OneSidedClaim> Find(SentencePool pool)
    {
        var result = new List<OneSidedClaim>();
        foreach (var s in pool.Sentences)
        {
            if (!s.Article.Body.AsSpan(s.Span.Start, s.Span.End - s.Span.Start).ContainsAny(ResponseVerbs))
            {
                continue; // the cheap test first: most sentences have none of the verbs
            }

            var m = NoResponse().Match(s.Text);
            if (!m.Success)
            {
                continue;
            }

            var silent = m.Groups["org"].Value;
            var rest = s.Text[(m.Index + m.Length)..];
            var claim = Claimant().Match(rest);
            if (!claim.Success)
            {
                continue;
            }

            var side = claim.Groups["side"].Value;
            var about = claim.Groups["about"].Success ? claim.Groups["about"].Value : null;
            var claims = pool.Sentences.Where(x => SaidBy(x.Text, side, about)).ToList();
            var denied = pool.Sentences.Where(x => SaidBy(x.Text, silent, null)).ToList();
            var unconfirmed = claims.Where(c => !denied.Any(d => c.ContainedIn(d) >= Confirms)).ToList();
            if (unconfirmed.Count == 0 || result.Any(r => r.Side == side && r.About == about))
            {
                continue;
            }

            result.Add(new OneSidedClaim(side, about, silent, unconfirmed.Select(c => c.Cite()).ToList(), s.Cite()));
        }

        return result;
    }

    // "<side> mengatakan/mengungkapkan (bahwa) … <about> <verb>": the party speaks, about the other party's act.
    private static bool SaidBy(string text, string party, string? about)
    {
        foreach (Match m in Speech().Matches(text))
        {
            var before = text[..m.Index];
            var tail = before.Length > 60 ? before[^60..] : before;
            if (!tail.Contains(party, StringComparison.Ordinal))
            {
                continue;
            }

            if (about is null)
            {
                return true;
            }

            var after = text[(m.Index + m.Length)..];
            if (Regex.IsMatch(after, @"\b" + Regex.Escape(about) + @"\s+(?:\p{Ll}+\s+){0,1}\p{Ll}{3,}", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:(?:[Jj]uru bicara|[Jj]ubir|[Pp]ejabat|[Pp]ihak|[Kk]antor|[Ss]umber)\s+)?(?<org>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})\s+(?:tidak|belum|enggan|menolak)\s+(?:segera\s+|langsung\s+|bersedia\s+)?(?:menanggapi|merespons|merespon|mengonfirmasi|mengomentari|membenarkan|berkomentar|menjawab|memberikan komentar)")]
    private static partial Regex NoResponse();

    [GeneratedRegex(@"\b(?:karakterisasi|klaim|pernyataan|tuduhan|versi|keterangan)\s+(?:dari\s+)?(?<side>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})(?:\s+(?:atas|tentang|mengenai|soal)\s+(?:pernyataan\s+|ucapan\s+|janji\s+)?(?<about>\p{Lu}[\p{L}\-]+))?")]
    private static partial Regex Claimant();

    [GeneratedRegex(@"\b(?:mengatakan|mengungkapkan|menyatakan|menyebut(?:kan)?|mengklaim|menegaskan|melaporkan|said|says|claimed)\b")]
    private static partial Regex Speech();
}
