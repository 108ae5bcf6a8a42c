namespace Liputan.Eval;

/// <summary>Finds the repository root and ../shared beside it.</summary>
internal static class Paths
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Liputan.slnx")))
            {
                return d.FullName;
            }
        }

        for (; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Liputan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("cannot find the repository root (Liputan.slnx)");
    }

    public static string Shared(string? overridePath) =>
        Path.GetFullPath(overridePath ?? Environment.GetEnvironmentVariable("LIPUTAN_SHARED") ?? Path.Combine(RepoRoot(), "..", "shared"));
}
