using System.Text.RegularExpressions;

namespace Liputan.Coverage.Claims;

/// <summary>
/// Statements of one outlet that contradict all the others (READING.md: a lone outlet against the
/// rest is the likely error). From each sentence, simple subject–predicate–object triples of
/// proper nouns around an active verb ("Negara A … menyerang Negara B"), with their polarity. Among
/// sentences about the same thing, one outlet stands alone when, for the same subject and
/// predicate, it says "not" where the others do not (negation), uses the opposite predicate
/// (antonym), or gives another object where the others agree — or names the subject itself as
/// the object ("Negara A menyerang Negara A"); or it makes a party the doer of an act that another
/// outlet says was done to that party (inversion).
/// </summary>
internal static partial class ContradictionFinder
{
    private const double SameThing = 0.3;

    private static readonly Dictionary<string, string> Antonyms = Pairs(
        ("mendukung", "menentang"), ("menerima", "menolak"), ("menyetujui", "menolak"), ("meningkatkan", "menurunkan"),
        ("membuka", "menutup"), ("memperpanjang", "memperpendek"), ("membenarkan", "membantah"), ("mengakui", "membantah"),
        ("memenangkan", "kehilangan"), ("menambah", "mengurangi"));

    private sealed record Triple(StorySentence Sentence, string Subject, string Predicate, string Object, bool Negated);

    public static List<Contradiction> Find(SentencePool pool)
    {
        var triples = new List<Triple>();
        foreach (var article in pool.Sentences.GroupBy(s => s.Article.Id))
        {
            var body = article.First().Article.Body;
            var proper = ProperNouns(body);
            foreach (var s in article)
            {
                triples.AddRange(TriplesOf(s, proper));
            }
        }

        var found = new List<Contradiction>();
        foreach (var key in triples.GroupBy(t => (t.Subject, Canonical(t.Predicate))))
        {
            var list = key.ToList();
            foreach (var lone in list.GroupBy(t => t.Sentence.Outlet, StringComparer.Ordinal))
            {
                var mine = lone.First();
                // The others: other outlets' triples of the same subject and predicate, in sentences about the same thing.
                var others = list.Where(t => t.Sentence.Outlet != lone.Key && (mine.Sentence.ContainedIn(t.Sentence) >= SameThing || t.Sentence.ContainedIn(mine.Sentence) >= SameThing))
                    .GroupBy(t => t.Sentence.Outlet, StringComparer.Ordinal).Select(g => g.First()).ToList();
                if (others.Count == 0)
                {
                    continue;
                }

                var sameObject = others.Where(o => o.Object == mine.Object).ToList();
                string? rule = null;
                string? detail = null;
                if (sameObject.Count >= 2 && sameObject.All(o => o.Negated != mine.Negated))
                {
                    rule = "negation";
                    detail = $"{(mine.Negated ? "tidak " : "")}{mine.Predicate} {mine.Object} ≠ {(sameObject[0].Negated ? "tidak " : "")}{sameObject[0].Predicate} {sameObject[0].Object}";
                    others = sameObject;
                }
                else if (sameObject.Count >= 2 && sameObject.All(o => o.Predicate != mine.Predicate && o.Negated == mine.Negated))
                {
                    rule = "antonym";
                    detail = $"{mine.Predicate} {mine.Object} ≠ {sameObject[0].Predicate} {sameObject[0].Object}";
                    others = sameObject;
                }
                else if (others.All(o => o.Object != mine.Object && o.Object == others[0].Object && o.Predicate == mine.Predicate && o.Negated == mine.Negated) &&
                         (others.Count >= 2 || mine.Object == mine.Subject))
                {
                    rule = "argument";
                    detail = $"{mine.Predicate} {mine.Object} ≠ {others[0].Predicate} {others[0].Object}";
                }

                if (rule is not null && lone.Count() == 1)
                {
                    found.Add(new Contradiction(lone.Key, rule, detail!, mine.Sentence.Cite(), others.Select(o => o.Sentence.Cite()).ToList()));
                }
            }
        }

        found.AddRange(Inversions(pool));
        return found.OrderBy(c => c.Outlet, StringComparer.Ordinal).ThenBy(c => c.Statement.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Statement.Start).ToList();
    }

    private sealed record Role(StorySentence Sentence, string Root, string Party, bool Agent, string Words);

    /// <summary>
    /// Who did it to whom, inverted: one outlet makes a party the agent of an act ("didukung oleh
    /// kelompok separatis") where another makes it the one the act is done to ("dukungannya
    /// terhadap kelompok separatis", "mendukung kelompok separatis"), in sentences about the same thing.
    /// </summary>
    private static IEnumerable<Contradiction> Inversions(SentencePool pool)
    {
        // Passive agents are rare: find them first, then the patients of only those parties.
        var roles = new List<Role>();
        foreach (var s in pool.Sentences.Where(s => s.Article.Body.AsSpan(s.Span.Start, s.Span.End - s.Span.Start).Contains(" oleh ", StringComparison.Ordinal)))
        {
            foreach (Match m in PassiveAgent().Matches(s.Text))
            {
                roles.Add(new Role(s, m.Groups["root"].Value.ToLowerInvariant(), Party(m.Groups["np"].Value), true, m.Value));
            }
        }

        var parties = roles.Select(r => r.Party.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToList();
        foreach (var s in pool.Sentences)
        {
            if (!Mentions(s, parties))
            {
                continue;
            }

            foreach (Match m in Patient().Matches(s.Text))
            {
                roles.Add(new Role(s, NounRoot(m.Groups["noun"].Value.ToLowerInvariant()), Party(m.Groups["np"].Value), false, m.Value));
            }
        }

        foreach (var act in roles.GroupBy(r => (r.Root, r.Party)))
        {
            var agents = act.Where(r => r.Agent).ToList();
            var patients = act.Where(r => !r.Agent).ToList();
            foreach (var lone in agents.GroupBy(r => r.Sentence.Outlet, StringComparer.Ordinal))
            {
                var mine = lone.First();
                var others = patients.Where(p => p.Sentence.Outlet != lone.Key && (mine.Sentence.ContainedIn(p.Sentence) >= SameThing || p.Sentence.ContainedIn(mine.Sentence) >= SameThing))
                    .GroupBy(p => p.Sentence.Outlet, StringComparer.Ordinal).Select(g => g.First()).ToList();
                if (others.Count > 0 && agents.All(a => a.Sentence.Outlet == lone.Key))
                {
                    yield return new Contradiction(lone.Key, "inversion", $"{mine.Words} ≠ {others[0].Words}", mine.Sentence.Cite(), others.Select(o => o.Sentence.Cite()).ToList());
                }
            }
        }
    }

    private static bool Mentions(StorySentence s, List<string> parties)
    {
        var span = s.Article.Body.AsSpan(s.Span.Start, s.Span.End - s.Span.Start);
        foreach (var p in parties)
        {
            if (span.Contains(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "dukungannya" → "dukung": the noun's enclitic and -an suffix off.
    private static string NounRoot(string noun)
    {
        var n = noun.EndsWith("nya", StringComparison.Ordinal) ? noun[..^3] : noun;
        return n.EndsWith("an", StringComparison.Ordinal) && n.Length > 5 ? n[..^2] : n;
    }

    private static string Party(string np) => string.Join(' ', np.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));

    [GeneratedRegex(@"\bdi(?<root>\p{Ll}{4,})\s+oleh\s+(?<np>\p{L}+(?:\s+\p{L}+)?)")]
    private static partial Regex PassiveAgent();

    // "dukungannya terhadap X" / "bantuan kepada X": the act's noun; "mendukung X" is left out, as
    // the me- prefix changes the root's first letter (menyerang / serang) and needs a stemmer.
    [GeneratedRegex(@"\b(?<noun>\p{Ll}{4,}an(?:nya)?)\s+(?:terhadap|kepada|bagi|untuk)\s+(?<np>\p{L}+(?:\s+\p{L}+)?)")]
    private static partial Regex Patient();

    private static string Canonical(string predicate) => Antonyms.TryGetValue(predicate, out var other) && string.CompareOrdinal(other, predicate) < 0 ? other : predicate;

    private static Dictionary<string, string> Pairs(params (string A, string B)[] pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs)
        {
            map.TryAdd(a, b);
            map.TryAdd(b, a);
        }

        return map;
    }

    // Words written with a capital inside a sentence somewhere in the article: names, not sentence starts.
    private static HashSet<string> ProperNouns(string body)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in InnerCapital().Matches(body))
        {
            set.Add(m.Groups["w"].Value);
        }

        return set;
    }

    private static IEnumerable<Triple> TriplesOf(StorySentence s, HashSet<string> proper)
    {
        var text = s.Text;
        foreach (Match m in Clause().Matches(text))
        {
            var words = Word().Matches(m.Value).Select(w => w.Value).ToList();
            for (var i = 1; i + 1 < words.Count; i++)
            {
                var verb = words[i];
                var obj = words[i + 1];
                if (!IsActiveVerb(verb) || !proper.Contains(obj))
                {
                    continue;
                }

                // The subject: the nearest name before the verb in the clause.
                string? subject = null;
                for (var j = i - 1; j >= 0 && subject is null; j--)
                {
                    if (proper.Contains(words[j]))
                    {
                        subject = words[j];
                    }
                }

                if (subject is null)
                {
                    continue;
                }

                var negated = (i >= 1 && IsNegation(words[i - 1])) || (i >= 2 && IsNegation(words[i - 2]));
                yield return new Triple(s, subject, verb.ToLowerInvariant(), obj, negated);
            }
        }
    }

    private static bool IsNegation(string w) => w is "tidak" or "tak" or "bukan" or "belum" or "tidaklah";

    private static bool IsActiveVerb(string w) => w.Length >= 6 && w.StartsWith("me", StringComparison.Ordinal) && w.All(char.IsLower);

    [GeneratedRegex(@"[^,;:()""“”]+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<=[\p{Ll},] )(?<w>\p{Lu}[\p{L}\-]+)")]
    private static partial Regex InnerCapital();
}
