using Liputan.Bench;
using Microsoft.Data.Sqlite;

namespace Liputan.Tests.EndToEnd;

/// <summary>kill -9 during ingest loses at most the batch in flight; a re-run completes without duplicates.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("liputan-crash-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static long Count(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Should_resume_after_a_kill_without_duplicates_or_losses()
    {
        // Given a corpus of distinct pages (no republished copies)
        var pages = Path.Combine(_dir, "pages");
        var paths = new PageGenerator(seed: 3).WriteCorpus(pages, 6000, duplicateShare: 0);
        var distinct = paths.Select(File.ReadAllText).Distinct(StringComparer.Ordinal).Count();
        var db = Path.Combine(_dir, "t.db");

        // When the ingest process is killed once some batches are committed
        using (var p = Cli.Start(["ingest", pages, "--db", db, "--batch", "20", "--no-progress"]))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!p.HasExited && DateTime.UtcNow < deadline)
            {
                if (File.Exists(db) && TryCount(db) >= 100)
                {
                    break;
                }

                Thread.Sleep(5);
            }

            p.HasExited.ShouldBeFalse("the ingest finished before it could be killed; the test needs a bigger corpus");
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }

        var afterKill = Count(db, "SELECT count(*) FROM articles");
        afterKill.ShouldBeGreaterThan(0);
        afterKill.ShouldBeLessThan(distinct);
        (afterKill % 20).ShouldBe(0, "only whole batches are committed");

        // Then a re-run resumes: every page stored once, nothing lost, the file intact
        var (exit, _, stderr) = Cli.Run("ingest", pages, "--db", db, "--no-progress");
        exit.ShouldBe(0, stderr);
        Count(db, "SELECT count(*) FROM articles").ShouldBe(distinct);
        Count(db, "SELECT count(DISTINCT content_hash) FROM articles").ShouldBe(distinct);
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        cmd.ExecuteScalar().ShouldBe("ok");
    }

    private static long TryCount(string db)
    {
        try
        {
            return Count(db, "SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or busy
        }
    }
}
