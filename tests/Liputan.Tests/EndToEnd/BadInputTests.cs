using System.Text;
using System.Text.Json;

namespace Liputan.Tests.EndToEnd;

/// <summary>Bad input is skipped with a reason and the batch goes on; bad usage gets one clear line.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("liputan-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, "pages", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Should_skip_empty_binary_huge_and_invalid_pages_with_reasons_and_ingest_the_rest()
    {
        // Given one good page among bad ones
        File.Copy(Directory.GetFiles(Cli.Examples, "*.txt").Order(StringComparer.Ordinal).First(), Path.Combine(Directory.CreateDirectory(Path.Combine(_dir, "pages")).FullName, "good.txt"));
        Write("empty.txt", []);
        var binary = new byte[3000];
        new Random(1).NextBytes(binary);
        binary[10] = 0;
        Write("binary.txt", binary);
        var huge = new byte[50 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');
        Write("huge.txt", huge);
        var invalid = new byte[2000];
        for (var i = 0; i < invalid.Length; i++)
        {
            invalid[i] = (byte)(0xC0 + (i % 8)); // lead bytes with no continuation: invalid UTF-8
        }

        Write("invalid-utf8.txt", invalid);
        Write("deep.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "x</body></html>"));
        Write("chrome-only.txt", Encoding.UTF8.GetBytes("Beranda   Nasional   Daerah   Ekonomi\nBerita Terkini\n© 2025 Contoh"));

        // When ingesting the folder
        var db = Path.Combine(_dir, "t.db");
        var (exit, stdout, stderr) = Cli.Run("ingest", Path.Combine(_dir, "pages"), "--db", db, "--json");

        // Then the good page is stored, every bad one is skipped with its reason, and the exit code says so
        exit.ShouldBe(3, stderr);
        stderr.ShouldNotContain("   at ");
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("ingested").GetInt32().ShouldBe(1);
        var reasons = doc.RootElement.GetProperty("skipped").EnumerateArray()
            .ToDictionary(s => Path.GetFileName(s.GetProperty("input").GetString()!), s => s.GetProperty("reason").GetString()!);
        reasons.Count.ShouldBe(6);
        reasons["empty.txt"].ShouldContain("empty");
        reasons["binary.txt"].ShouldContain("binary");
        reasons["huge.txt"].ShouldContain("too large");
        reasons["invalid-utf8.txt"].ShouldContain("invalid UTF-8");
        reasons["deep.html"].ShouldContain("no article found");
        reasons["chrome-only.txt"].ShouldContain("no article");
    }

    [Fact]
    public void Should_extract_binary_input_from_stdin_as_a_clear_error()
    {
        var (exit, stdout, stderr) = Cli.Run("\u0000\u0001\u0002binary", TimeSpan.FromMinutes(1), "extract", "-");
        exit.ShouldBe(3);
        stdout.ShouldContain("\"error\"");
        stderr.ShouldContain("binary");
    }

    [Theory]
    [InlineData(2, "ingest")]
    [InlineData(2, "story")]
    [InlineData(2, "no-such-command")]
    [InlineData(2, "ingest", "x.txt", "--batch", "0")]
    [InlineData(2, "story", "s1", "--format", "pdf")]
    [InlineData(2, "extract")]
    public void Should_answer_bad_usage_with_one_line_and_exit_code_2(int code, params string[] args)
    {
        var (exit, _, stderr) = Cli.Run(args);
        exit.ShouldBe(code);
        stderr.Trim().Split('\n').Length.ShouldBe(1);
        stderr.ShouldStartWith("liputan: ");
    }

    [Fact]
    public void Should_report_missing_inputs_and_missing_stores_clearly()
    {
        var db = Path.Combine(_dir, "none.db");
        var missing = Cli.Run("extract", Path.Combine(_dir, "nope.txt"));
        missing.Exit.ShouldBe(1);
        missing.Stderr.ShouldContain("not found");

        var noStore = Cli.Run("stories", "--db", db);
        noStore.Exit.ShouldBe(1);
        noStore.Stderr.ShouldContain("no store");
        File.Exists(db).ShouldBeFalse();

        var ingestMissing = Cli.Run("ingest", Path.Combine(_dir, "nope"), "--db", db, "--json");
        ingestMissing.Exit.ShouldBe(3);
        ingestMissing.Stdout.ShouldContain("not found");
    }

    [Fact]
    public void Should_refuse_a_store_that_is_not_a_database()
    {
        var db = Path.Combine(_dir, "garbage.db");
        File.WriteAllText(db, new string('x', 10_000));
        var (exit, _, stderr) = Cli.Run("stories", "--db", db);
        exit.ShouldBe(1);
        stderr.ShouldStartWith("liputan: cannot open store");
        stderr.ShouldNotContain("   at ");
    }
}
