using Liputan.Documents;

namespace Liputan.Ingestion;

/// <summary>
/// Files and folders on disk. Folders are walked recursively in ordinal path order, so runs
/// are repeatable; unreadable, oversized and hidden files are reported, not thrown.
/// </summary>
public sealed class FileSource(long maxBytes = FileSource.DefaultMaxBytes, TimeProvider? time = null)
{
    /// <summary>Pages over 25 MB are not news articles; reading them would only cost memory.</summary>
    public const long DefaultMaxBytes = 25L * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".text", ".html", ".htm", ".xhtml"];
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Expands <paramref name="inputs"/> (files or folders) into the files to read.</summary>
    /// <returns>Paths in order, and inputs that do not exist.</returns>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                missing.Add(input);
            }
        }

        return (files, missing);
    }

    /// <summary>Reads one file, or says why not.</summary>
    public SourceItem Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new SourceItem(name, null, "file not found");
            }

            if (info.Length > maxBytes)
            {
                return new SourceItem(name, null, $"too large ({info.Length / (1024.0 * 1024.0):0.0} MB; limit {maxBytes / (1024 * 1024)} MB)");
            }

            var bytes = File.ReadAllBytes(path);
            return new SourceItem(name, new RawDocument(bytes, Path.GetFullPath(path), null, _time.GetUtcNow()), null);
        }
        catch (UnauthorizedAccessException)
        {
            return new SourceItem(name, null, "permission denied");
        }
        catch (IOException e)
        {
            return new SourceItem(name, null, "unreadable: " + e.Message);
        }
    }
}
