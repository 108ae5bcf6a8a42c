using System.Collections.Frozen;

namespace Liputan.Language.Stemming;

/// <summary>
/// The Indonesian root words the stemmer checks its candidates against. Read at run time from
/// the hunspell-id dictionary (LGPL; never copied into the repository): the path in
/// <c>LIPUTAN_HUNSPELL_ID</c>, Debian's <c>/usr/share/hunspell/id_ID.dic</c> (package
/// <c>hunspell-id</c>), or <c>shared/data/lexicon/hunspell-id/id_ID.dic</c> beside a parent
/// folder. When none is found the dictionary is empty and <see cref="Source"/> says so.
/// </summary>
public sealed class RootLexicon
{
    private static readonly Lazy<RootLexicon> Lazy = new(LoadDefault);
    private readonly FrozenSet<string> _words;

    /// <summary>A dictionary of the given lower-case words.</summary>
    public RootLexicon(IEnumerable<string> words, string source)
    {
        _words = words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        Source = source;
    }

    /// <summary>The dictionary found on this machine (possibly empty).</summary>
    public static RootLexicon Default => Lazy.Value;

    /// <summary>Where the words came from, or why there are none.</summary>
    public string Source { get; }

    /// <summary>Number of words.</summary>
    public int Count => _words.Count;

    /// <summary>True when there are words to check against.</summary>
    public bool IsAvailable => _words.Count > 0;

    /// <summary>True when the lower-case word is a root.</summary>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Reads a hunspell .dic file: the first line is a count, then "word/FLAGS" lines.</summary>
    public static RootLexicon FromHunspell(string path)
    {
        var words = new List<string>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            var w = (slash >= 0 ? line[..slash] : line).Trim();
            if (w.Length > 0 && w.All(char.IsLetter))
            {
                words.Add(w);
            }
        }

        return new RootLexicon(words, path);
    }

    /// <summary>The places looked at for the dictionary, in order.</summary>
    public static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable("LIPUTAN_HUNSPELL_ID") is { Length: > 0 } env)
        {
            yield return env;
        }

        yield return "/usr/share/hunspell/id_ID.dic";
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                yield return Path.Combine(d.FullName, "shared", "data", "lexicon", "hunspell-id", "id_ID.dic");
            }
        }
    }

    private static RootLexicon LoadDefault()
    {
        foreach (var path in Candidates())
        {
            try
            {
                if (File.Exists(path))
                {
                    return FromHunspell(path);
                }
            }
            catch (IOException)
            {
                // Try the next place.
            }
            catch (UnauthorizedAccessException)
            {
                // Try the next place.
            }
        }

        return new RootLexicon([], "none found (install Debian's hunspell-id): rules only");
    }
}
