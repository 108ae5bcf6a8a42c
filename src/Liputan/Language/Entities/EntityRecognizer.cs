using System.Globalization;
using System.Text;
using Liputan.Documents;
using Liputan.Language.Tokens;

namespace Liputan.Language.Entities;

/// <summary>
/// Finds the named entities of an article: the perceptron tagger per sentence, outlets and
/// agencies from the gazetteer (MEDIA), gazetteer places the tagger missed, roles and titles
/// before a person ("Gubernur Jawa Barat Rina Hartati", "Juru bicara Kementerian Luar Negeri Andi Wijaya") or
/// after it in apposition ("Rina Hartati, Gubernur Jawa Barat,"), acronyms with their expansion
/// ("Pakta Pertahanan Atlantik Utara (NATO)"), and aliases merged within the article (a surname
/// to the full name, spelling variants by a normalised key, gazetteer names such as AS and
/// Amerika Serikat).
/// </summary>
public sealed class EntityRecognizer(PerceptronTagger tagger, Gazetteer gazetteer)
{
    private static readonly Lazy<EntityRecognizer> Lazy = new(() => new EntityRecognizer(NerModel.Default, Gazetteer.Default));

    /// <summary>The recogniser over the committed model and the embedded gazetteers.</summary>
    public static EntityRecognizer Default => Lazy.Value;

    /// <summary>Entities of a plain text (sentences and tokens computed here).</summary>
    public IReadOnlyList<EntityMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        Liputan.Language.Sentences.SentenceSplitter.Split(text, 0, text.Length, sentences);
        var tokens = sentences.SelectMany(s => Tokenizer.Tokenize(text, s.Start, s.End)).ToList();
        return Find(text, sentences, tokens);
    }

    /// <summary>Entities of a body given its sentence and token layers.</summary>
    public IReadOnlyList<EntityMention> Find(string body, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        var raw = new List<Raw>();
        var ti = 0;
        foreach (var s in sentences)
        {
            var sentence = new List<Token>();
            while (ti < tokens.Count && tokens[ti].Span.Start < s.End)
            {
                if (tokens[ti].Span.Start >= s.Start)
                {
                    sentence.Add(tokens[ti]);
                }

                ti++;
            }

            if (sentence.Count > 0 && sentence.Count <= 400)
            {
                raw.AddRange(FindInSentence(body, sentence));
            }
        }

        AddRepeatedNames(body, tokens, raw);
        return Merge(body, raw);
    }

    // A capitalised word equal (by key) to a part of a person's full name found elsewhere in the
    // article is that person too ("Hartati" after "Rina Hartati"), when the tagger missed it.
    private static void AddRepeatedNames(string body, IReadOnlyList<Token> tokens, List<Raw> raw)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in raw.Where(r => r.Type == EntityType.Person))
        {
            var words = r.Span.TextOf(body).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                parts.UnionWith(words.Where(w => w.Length >= 3).Select(Key));
            }
        }

        if (parts.Count == 0)
        {
            return;
        }

        var covered = raw.Select(r => r.Span).OrderBy(s => s.Start).ToList();
        var added = new List<Raw>();
        foreach (var t in tokens)
        {
            if (t.Shape != TokenShape.Word || !char.IsUpper(body[t.Span.Start]) || !parts.Contains(Key(t.Span.TextOf(body))))
            {
                continue;
            }

            if (!covered.Exists(c => c.Overlaps(t.Span)))
            {
                added.Add(new Raw(t.Span, EntityType.Person, null, null, null));
            }
        }

        raw.AddRange(added);
        raw.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private sealed record Raw(TextSpan Span, EntityType Type, string? Role, string? Expansion, string? GazetteerName);

    private List<Raw> FindInSentence(string body, List<Token> sentence)
    {
        var words = sentence.Select(t => t.Span.TextOf(body)).ToArray();
        var tags = tagger.Tag(words);
        var mentions = new List<(int Start, int End, EntityType Type, string? Gaz)>();
        foreach (var (chunkStart, chunkEnd, type) in NerCorpus.Chunks(tags))
        {
            // A name neither starts nor ends on punctuation ("Organisasi Kesehatan Dunia (").
            var (start, end) = (chunkStart, chunkEnd);
            while (start < end && !words[start].Any(char.IsLetterOrDigit))
            {
                start++;
            }

            while (end > start && !words[end - 1].Any(char.IsLetterOrDigit))
            {
                end--;
            }

            if (start == end)
            {
                continue;
            }

            mentions.Add((start, end, type switch { "PER" => EntityType.Person, "LOC" => EntityType.Location, _ => EntityType.Organisation }, null));
        }

        // Gazetteer: media always (an outlet tagged ORG becomes MEDIA); places the tagger missed.
        var roleEnds = new Dictionary<int, int>();
        for (var i = 0; i < words.Length;)
        {
            var m = gazetteer.Match(words, i);
            if (m is null)
            {
                i++;
                continue;
            }

            var end = i + m.Words.Count;
            if (m.Kind == GazetteerKind.Role)
            {
                roleEnds[i] = end;
            }
            else if (char.IsUpper(words[i][0]))
            {
                var type = m.Kind == GazetteerKind.Media ? EntityType.Media : EntityType.Location;
                var overlapping = mentions.FindIndex(x => x.Start < end && i < x.End);
                if (overlapping < 0)
                {
                    mentions.Add((i, end, type, m.Canonical));
                }
                else if (mentions[overlapping].Start == i && mentions[overlapping].End == end && (type == EntityType.Media || mentions[overlapping].Type == type))
                {
                    mentions[overlapping] = (i, end, type, m.Canonical);
                }
            }

            i = end;
        }

        // Listed organisations of several words the tagger cut or missed: the listed name wins
        // over the shorter mentions inside it.
        for (var i = 0; i < words.Length; i++)
        {
            var len = OrganisationList.Default.MatchLength(words, i);
            if (len < 2)
            {
                continue;
            }

            var end = i + len;
            if (!mentions.Exists(x => x.Start < i && x.End > i || x.Start < end && x.End > end))
            {
                mentions.RemoveAll(x => x.Start >= i && x.End <= end);
                mentions.Add((i, end, EntityType.Organisation, OrganisationList.Default.CanonicalOf(string.Join(' ', words[i..end]))));
                mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            }

            i = end - 1;
        }

        SplitRoleOrganisationPerson(words, roleEnds, mentions);

        // "Capitalised Words (ACR)" the tagger did not take as a name: the run is the expansion.
        for (var i = 2; i + 1 < words.Length; i++)
        {
            if (words[i - 1] != "(" || words[i + 1] != ")" || !IsAcronym(words[i]) || mentions.Exists(x => x.End == i - 1))
            {
                continue;
            }

            var start = i - 1;
            while (start > 0 && char.IsUpper(words[start - 1][0]) && words[start - 1].Any(char.IsLower))
            {
                start--;
            }

            if (i - 1 - start >= 2 && !mentions.Exists(x => x.Start < i - 1 && start < x.End))
            {
                var acr = mentions.FindIndex(x => x.Start == i);
                var type = acr >= 0 ? mentions[acr].Type : EntityType.Organisation;
                if (acr >= 0)
                {
                    mentions.RemoveAt(acr);
                }

                mentions.Add((start, i - 1, type, null));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new List<Raw>();
        for (var k = 0; k < mentions.Count; k++)
        {
            var (start, end, type, gaz) = mentions[k];
            string? role = null;
            string? expansion = null;
            if (type == EntityType.Person)
            {
                // A role the tagger put inside the name: "Presiden Joko Widodo".
                if (roleEnds.TryGetValue(start, out var re) && re < end && end - re >= 1)
                {
                    role = Text(body, sentence, start, re);
                    start = re;
                }
                else
                {
                    role = RoleBefore(body, sentence, words, roleEnds, start) ?? RoleAfter(body, sentence, words, roleEnds, end);
                }
            }

            // "Expansion (ACR)": the acronym gets the expansion as its name.
            if (end + 2 < words.Length && words[end] == "(" && words[end + 2] == ")" && IsAcronym(words[end + 1]))
            {
                var acronymEnd = end + 1;
                result.Add(new Raw(Span(sentence, start, end), type, role, null, gaz));
                result.Add(new Raw(Span(sentence, end + 1, end + 2), type, null, Text(body, sentence, start, end), null));
                if (k + 1 < mentions.Count && mentions[k + 1].Start == acronymEnd)
                {
                    k++;
                }

                continue;
            }

            result.Add(new Raw(Span(sentence, start, end), type, role, expansion, gaz));
        }

        return result;
    }

    // After a role, the tagger sometimes runs the affiliation and the name together
    // ("juru bicara [Gedung Putih Karine Jean-Pierre]"). Where the tail of such a mention, tagged
    // alone, is a whole person, split it.
    private void SplitRoleOrganisationPerson(string[] words, Dictionary<int, int> roleEnds, List<(int Start, int End, EntityType Type, string? Gaz)> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var (start, end, type, _) = mentions[k];
            if (type is not (EntityType.Organisation or EntityType.Location) || end - start < 3 || !roleEnds.ContainsValue(start))
            {
                continue;
            }

            for (var cut = start + 1; cut < end - 0; cut++)
            {
                var tail = tagger.Tag(words[cut..end]);
                if (end - cut >= 2 && tail[0] == "B-PER" && tail.Skip(1).All(t => t == "I-PER"))
                {
                    mentions[k] = (start, cut, type, null);
                    mentions.Add((cut, end, EntityType.Person, null));
                    break;
                }
            }
        }
    }

    private static string? RoleBefore(string body, List<Token> sentence, string[] words, Dictionary<int, int> roleEnds, int personStart)
    {
        // The nearest role start whose role ends at the name, or is followed by capitalised
        // words up to the name ("Presiden Rusia", "Juru bicara Gedung Putih").
        for (var r = personStart - 1; r >= Math.Max(0, personStart - 8); r--)
        {
            if (roleEnds.TryGetValue(r, out var re) && re <= personStart)
            {
                var ok = true;
                for (var j = re; j < personStart; j++)
                {
                    ok &= char.IsUpper(words[j][0]) || words[j] is "dan" or "of" or "the" or "&" || roleEnds.ContainsKey(j);
                }

                if (ok)
                {
                    return Text(body, sentence, r, personStart);
                }
            }

            if (!char.IsLetter(words[r][0]))
            {
                break;
            }
        }

        return null;
    }

    private static string? RoleAfter(string body, List<Token> sentence, string[] words, Dictionary<int, int> roleEnds, int personEnd)
    {
        // "Rina Hartati, Gubernur Jawa Barat, …" — the role runs to the next comma or the sentence end.
        if (personEnd + 1 >= words.Length || words[personEnd] != "," || !roleEnds.ContainsKey(personEnd + 1))
        {
            return null;
        }

        var end = personEnd + 1;
        while (end < words.Length && words[end] is not ("," or "." or ";" or ")" or "(") && end - personEnd < 10)
        {
            end++;
        }

        // An appositive closes with a comma or a bracket; a run into lower-case words without
        // one is the sentence going on ("Menurut X, Presiden Y telah …"), not a role.
        var closed = end < words.Length && words[end] is "," or ")";
        if (!closed && words[(personEnd + 1)..end].Any(w => w.Length > 0 && !char.IsUpper(w[0]) && w is not ("dan" or "of" or "the")))
        {
            return null;
        }

        return Text(body, sentence, personEnd + 1, end);
    }

    private static bool IsAcronym(string w) => w.Length is >= 2 and <= 8 && w.All(c => char.IsUpper(c) || char.IsDigit(c)) && char.IsUpper(w[0]);

    private static TextSpan Span(List<Token> sentence, int start, int end) => new(sentence[start].Span.Start, sentence[end - 1].Span.End);

    private static string Text(string body, List<Token> sentence, int start, int end) => Span(sentence, start, end).TextOf(body);

    private List<EntityMention> Merge(string body, List<Raw> raw)
    {
        // Acronyms seen with an expansion, and full (multi-word) names by key.
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in raw)
        {
            var text = Clean(r.Span.TextOf(body));
            if (r.Expansion is not null)
            {
                acronyms.TryAdd(text, r.Expansion);
            }
            else if (r.Type == EntityType.Person && text.Contains(' ', StringComparison.Ordinal))
            {
                fullNames.TryAdd(Key(text), text);
                foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    surnames.TryAdd(Key(part), fullNames[Key(text)]);
                }
            }
        }

        var result = new List<EntityMention>(raw.Count);
        foreach (var r in raw)
        {
            var text = Clean(r.Span.TextOf(body));
            var key = Key(text);
            string canonical;
            if (r.Expansion is not null)
            {
                canonical = r.Expansion;
            }
            else if (acronyms.TryGetValue(text, out var exp))
            {
                canonical = exp;
            }
            else if (r.GazetteerName is not null)
            {
                canonical = r.GazetteerName;
            }
            else if ((r.Type is EntityType.Location or EntityType.Media) && gazetteer.CanonicalOf(text, r.Type == EntityType.Media ? GazetteerKind.Media : GazetteerKind.Place) is { } g)
            {
                canonical = g;
            }
            else if (r.Type == EntityType.Person && fullNames.TryGetValue(key, out var full))
            {
                canonical = full;
            }
            else if (r.Type == EntityType.Person && !text.Contains(' ', StringComparison.Ordinal) && surnames.TryGetValue(key, out var owner))
            {
                canonical = owner;
            }
            else
            {
                canonical = text;
            }

            result.Add(new EntityMention(r.Span, r.Type, canonical, r.Role));
        }

        return result;
    }

    private static string Clean(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A spelling-insensitive key: lower case, no diacritics, y → i, no doubled letters, letters only.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || !char.IsLetterOrDigit(c) && c != ' ')
            {
                continue;
            }

            var l = char.ToLowerInvariant(c);
            if (l == 'y')
            {
                l = 'i';
            }

            if (sb.Length > 0 && sb[^1] == l)
            {
                continue;
            }

            sb.Append(l);
        }

        return sb.ToString().Trim();
    }
}
