using System.Text.RegularExpressions;

namespace Liputan.Coverage.Claims;

/// <summary>
/// Statements of one outlet that contradict all the others (READING.md: a lone outlet against the
/// rest is the likely error). From each sentence, simple subject–predicate–object triples of
/// proper nouns around an active verb ("Rusia … menginvasi Ukraina"), with their polarity. Among
/// sentences about the same thing, one outlet stands alone when, for the same subject and
/// predicate, it says "not" where the others do not (negation), uses the opposite predicate
/// (antonym), or gives another object where the others agree — or names the subject itself as
/// the object ("Rusia menginvasi Rusia").
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

        return found.OrderBy(c => c.Outlet, StringComparer.Ordinal).ThenBy(c => c.Statement.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Statement.Start).ToList();
    }

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
