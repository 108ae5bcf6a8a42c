using System.Reflection;

namespace Liputan.Resources;

/// <summary>
/// Reads the data files embedded from <c>src/Liputan/Resources/</c>: tab-separated tables and
/// word lists whose <c>#</c> lines name their source and license.
/// </summary>
public static class ResourceFile
{
    /// <summary>The non-comment, non-empty lines of an embedded file ("outlets.tsv", "stopwords/id.txt").</summary>
    /// <exception cref="FileNotFoundException">The resource is not embedded (a build bug).</exception>
    public static IEnumerable<string> Lines(string name)
    {
        var wanted = Key("Liputan.Resources." + name);
        var resource = Names().FirstOrDefault(n => Key(n) == wanted)
            ?? throw new FileNotFoundException($"Embedded resource '{name}' is missing.");
        using var stream = typeof(ResourceFile).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }

    /// <summary>A stream over an embedded binary file ("models/ner.bin").</summary>
    /// <exception cref="FileNotFoundException">The resource is not embedded (a build bug).</exception>
    public static Stream Open(string name)
    {
        var wanted = Key("Liputan.Resources." + name);
        var resource = Names().FirstOrDefault(n => Key(n) == wanted)
            ?? throw new FileNotFoundException($"Embedded resource '{name}' is missing.");
        return typeof(ResourceFile).Assembly.GetManifestResourceStream(resource)!;
    }

    // Folder separators in manifest names differ by build host ("stopwords/id.txt", "stopwords\\id.txt").
    private static string Key(string name) => name.Replace('\\', '.').Replace('/', '.');

    /// <summary>Names of all embedded resources, for diagnostics.</summary>
    public static IReadOnlyList<string> Names() => typeof(ResourceFile).Assembly.GetManifestResourceNames();
}
