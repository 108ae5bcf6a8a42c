using System.Diagnostics;

namespace Liputan.Tests.EndToEnd;

/// <summary>Runs the built <c>liputan</c> CLI as a separate process, as a user would.</summary>
internal static class Cli
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Examples => Path.Combine(RepoRoot, "examples", "articles");

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Liputan.Cli.dll");

    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => Run(null, TimeSpan.FromMinutes(3), args);

    public static (int Exit, string Stdout, string Stderr) Run(string? stdin, TimeSpan timeout, params string[] args)
    {
        using var p = Start(args, stdin is not null);
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }

        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("liputan " + string.Join(' ', args) + " did not finish");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    public static Process Start(string[] args, bool redirectInput = false)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["LIPUTAN_DB"] = null;
        return Process.Start(psi)!;
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Liputan.slnx")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root not found");
    }
}
