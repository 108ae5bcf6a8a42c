using System.Collections.Frozen;
using Liputan.Documents;
using Liputan.Language.Tokens;

namespace Liputan.Coverage.Outlets;

/// <summary>
/// Splits a sentence into clauses: at commas, semicolons, colons, brackets, quote marks and
/// dashes, and before the words that open a clause (conjunctions, relative "yang", complement
/// "bahwa", reporting verbs). One outlet often adds a clause of its own to a sentence whose
/// rest every outlet reports; the clause is the unit that can be told apart. The attribution
/// ("menurut X", "kata X", "seperti dikutip X") is no clause: it names a source, not content.
/// </summary>
internal static class Clauses
{
    /// <summary>A fragment with fewer content terms than this joins its neighbour: "Ridwan dan Sari" is not two clauses.</summary>
    public const int MinTerms = 3;

    // Words after which comes the source, not content ("…, kata Hendra", "menurut Kompas").
    private static readonly FrozenSet<string> Attribution = new[]
    {
        "menurut", "kata", "ujar", "ucap", "tutur", "dikutip", "mengutip", "dilansir", "melansir", "sebagaimana",
        "according", "said", "says",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Verbs after which comes what was said.
    private static readonly FrozenSet<string> Reporting = new[]
    {
        "mengatakan", "menyatakan", "menyebut", "menyebutkan", "mengungkapkan", "menambahkan", "menegaskan",
        "menjelaskan", "told", "added",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Openers = new[]
    {
        "bahwa", "dan", "serta", "tetapi", "tapi", "namun", "sedangkan", "sementara", "yang", "dimana",
        "karena", "sebab", "sehingga", "agar", "supaya", "jika", "jikalau", "apabila", "bila", "kalau",
        "ketika", "setelah", "sesudah", "sebelum", "meski", "meskipun", "walau", "walaupun", "padahal",
        "lalu", "kemudian", "seperti",
        "that", "and", "but", "which", "who", "whom", "whose", "while", "whereas", "because", "although",
        "though", "if", "when", "after", "before",
    }.Concat(Attribution).Concat(Reporting).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Coordinators = new[] { "dan", "serta", "lalu", "kemudian", "and", "then" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The clauses of <paramref name="text"/>[start..end), each with its content terms, in order.
    /// No clause crosses an offset of <paramref name="hardCuts"/> (where a quote begins or ends).
    /// </summary>
    public static List<(TextSpan Span, List<string> Terms)> Split(string text, int start, int end, IEnumerable<int> hardCuts)
    {
        var bounds = hardCuts.Where(c => start < c && c < end).Append(start).Append(end).Distinct().Order().ToList();
        var clauses = new List<(TextSpan Span, List<string> Terms)>();
        for (var k = 1; k < bounds.Count; k++)
        {
            SplitSegment(text, bounds[k - 1], bounds[k], clauses);
        }

        return clauses;
    }

    private static void SplitSegment(string text, int start, int end, List<(TextSpan Span, List<string> Terms)> clauses)
    {
        var tokens = Tokenizer.Tokenize(text, start, end);
        var fragments = new List<(int Start, int End, bool Source)>();
        var from = start;
        var source = Opens(tokens, 0, Attribution);
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var cut = t.Shape == TokenShape.Punctuation && IsBreak(text, t.Span.Start) ? t.Span.End
                : t.Shape == TokenShape.Word && (Openers.Contains(t.Normal) || DiMana(tokens, i)) ? t.Span.Start
                : -1;
            if (cut > from)
            {
                fragments.Add((from, cut, source));
                from = cut;
                source = t.Shape == TokenShape.Word ? Opens(tokens, i, Attribution) : Opens(tokens, i + 1, Attribution);
            }
        }

        if (from < end)
        {
            fragments.Add((from, end, source));
        }

        JoinSubject(tokens, fragments);

        // Short fragments join the next one ("Ridwan dan Sari …"), a short last one the one before.
        var first = clauses.Count;
        (int Start, int End)? pending = null;
        foreach (var f in fragments)
        {
            if (f.Source)
            {
                Flush(text, clauses, first, ref pending);
                continue;
            }

            var s = pending?.Start ?? f.Start;
            var terms = ContentTerms.Of(text, s, f.End);
            if (terms.Count >= MinTerms)
            {
                clauses.Add((new TextSpan(s, f.End), terms));
                pending = null;
            }
            else
            {
                pending = (s, f.End);
            }
        }

        Flush(text, clauses, first, ref pending);
    }

    // The fragments before the first that holds a predicate are its subject and the subject's
    // appositions ("Sejumlah relawan, termasuk mahasiswa, bersama dengan Palang Merah, telah
    // membagikan …"): cut at their commas, they would stand as clauses of their own that say
    // nothing alone, and what the sentence adds (who did it) would be split from what was done.
    private static void JoinSubject(List<Token> tokens, List<(int Start, int End, bool Source)> fragments)
    {
        var k = 0;
        var t = 0;
        for (; k < fragments.Count; k++)
        {
            if (fragments[k].Source)
            {
                return;
            }

            var predicate = false;
            for (; t < tokens.Count && tokens[t].Span.Start < fragments[k].End; t++)
            {
                predicate |= tokens[t].Shape == TokenShape.Word && IsPredicate(tokens[t].Normal);
            }

            if (predicate)
            {
                break;
            }
        }

        if (k == 0 || k == fragments.Count)
        {
            return;
        }

        fragments[0] = (fragments[0].Start, fragments[k].End, false);
        fragments.RemoveRange(1, k);
    }

    // Aspect and modal words, negation and copulas, which stand before or as the predicate, and the
    // Indonesian verb prefixes (me-, di-, ber-, ter-); a noun read as a verb only leaves the cut as it was.
    private static bool IsPredicate(string w) =>
        PredicateWords.Contains(w) ||
        (w.Length >= 6 && !NotVerbs.Contains(w) && (w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("di", StringComparison.Ordinal) ||
                                                     w.StartsWith("ber", StringComparison.Ordinal) || w.StartsWith("ter", StringComparison.Ordinal)));

    private static readonly FrozenSet<string> PredicateWords = new[]
    {
        "telah", "sudah", "akan", "sedang", "belum", "tidak", "tak", "harus", "dapat", "bisa", "ingin", "mau", "pernah",
        "perlu", "hendak", "boleh", "mampu", "adalah", "ialah", "merupakan", "menjadi",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "did", "does",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words of verb shape that serve as prepositions or quantifiers, or are nouns.
    private static readonly FrozenSet<string> NotVerbs = new[]
    {
        "bersama", "beberapa", "berbagai", "berdasarkan", "terhadap", "termasuk", "tersebut", "terutama", "terakhir",
        "tertentu", "mengenai", "melalui", "menurut", "menteri", "mereka", "meskipun", "dirinya", "direktur",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static void Flush(string text, List<(TextSpan Span, List<string> Terms)> clauses, int first, ref (int Start, int End)? pending)
    {
        if (pending is not { } p)
        {
            return;
        }

        if (clauses.Count > first && clauses[^1].Span.End == p.Start)
        {
            var head = clauses[^1];
            clauses[^1] = (new TextSpan(head.Span.Start, p.End), ContentTerms.Of(text, head.Span.Start, p.End));
        }
        else
        {
            clauses.Add((new TextSpan(p.Start, p.End), ContentTerms.Of(text, p.Start, p.End)));
        }

        pending = null;
    }

    /// <summary>
    /// True when the clause opens a further statement of the same speaker ("dan juga mengatakan …",
    /// "serta menambahkan …"): one quote may join a statement other outlets report to one they do not.
    /// </summary>
    public static bool OpensStatement(string text, TextSpan clause)
    {
        var words = Tokenizer.Tokenize(text, clause.Start, Math.Min(clause.End, clause.Start + 60)).Where(t => t.Shape == TokenShape.Word).Take(3).Select(t => t.Normal).ToList();
        if (words.Count < 2 || !Coordinators.Contains(words[0]))
        {
            return false;
        }

        var verb = words[1] is "juga" or "also" && words.Count > 2 ? words[2] : words[1];
        return Reporting.Contains(verb) || Attribution.Contains(verb);
    }

    private static bool Opens(List<Token> tokens, int i, FrozenSet<string> words)
    {
        if (i >= tokens.Count || tokens[i].Shape != TokenShape.Word)
        {
            return false;
        }

        // "seperti dikutip", "sebagaimana dilansir": the comparison word opens an attribution only before one
        if (tokens[i].Normal is "seperti" or "sebagaimana")
        {
            return i + 1 < tokens.Count && words.Contains(tokens[i + 1].Normal);
        }

        return words.Contains(tokens[i].Normal);
    }

    // A dash breaks between words ("… — kata …"), not inside a range ("9—10 Januari").
    private static bool IsBreak(string text, int i) => text[i] switch
    {
        ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' => true,
        '–' or '—' => !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])),
        _ => false,
    };

    private static bool DiMana(List<Token> tokens, int i) =>
        tokens[i].Normal == "di" && i + 1 < tokens.Count && tokens[i + 1].Normal == "mana";
}
