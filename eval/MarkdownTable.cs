namespace Liputan.Eval;

/// <summary>Reads the pipe tables of a Markdown section ("## 2. Metadata").</summary>
internal static class MarkdownTable
{
    /// <summary>Rows (cells trimmed) of the first table under the heading that starts with <paramref name="heading"/>.</summary>
    public static List<string[]> Read(string markdown, string heading)
    {
        var lines = markdown.Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        if (i < 0)
        {
            throw new InvalidDataException($"no section '{heading}'");
        }

        var rows = new List<string[]>();
        var header = true;
        for (i++; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var l = lines[i].Trim();
            if (!l.StartsWith('|'))
            {
                if (rows.Count > 0 || !header)
                {
                    if (l.Length == 0 && rows.Count > 0)
                    {
                        break;
                    }
                }

                continue;
            }

            var cells = SplitRow(l);
            if (header)
            {
                header = false;
                continue;
            }

            if (cells.All(c => c.Trim('-', ':', ' ').Length == 0))
            {
                continue;
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static string[] SplitRow(string line)
    {
        var inner = line.Trim().Trim('|');
        return inner.Split('|').Select(c => c.Trim()).ToArray();
    }
}
