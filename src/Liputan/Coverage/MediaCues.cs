using Liputan.Language.Media;

namespace Liputan.Coverage;

/// <summary>
/// The media an article cites, as the language layer finds them, also when the citing word opens
/// the sentence ("Dikutip dari Reuters, …"): the finder's cues are lower-case, so the text is
/// given to it with each sentence's first word lower-cased (same length, so the spans hold).
/// </summary>
internal static class MediaCues
{
    public static IReadOnlyList<CitedMedium> Find(string body) => CitedMediaFinder.Find(LowerSentenceStarts(body));

    private static string LowerSentenceStarts(string body)
    {
        char[]? copy = null;
        var start = true;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (start && char.IsLetter(c))
            {
                // Only a capitalised common word (upper then lower case), never an acronym or a name run.
                if (char.IsUpper(c) && i + 1 < body.Length && char.IsLower(body[i + 1]))
                {
                    copy ??= body.ToCharArray();
                    copy[i] = char.ToLowerInvariant(c);
                }

                start = false;
            }
            else if (c is '\n' || (c is '.' or '!' or '?' && i + 1 < body.Length && body[i + 1] == ' '))
            {
                start = true;
            }
            else if (!(char.IsWhiteSpace(c) || c is '"' or '“' or '(' or '\''))
            {
                start = start && !char.IsLetterOrDigit(c);
            }
        }

        return copy is null ? body : new string(copy);
    }
}
