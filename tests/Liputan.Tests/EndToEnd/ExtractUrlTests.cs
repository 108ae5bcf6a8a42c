using System.Text;
using System.Text.Json;
using Liputan.Tests.Ingestion;

namespace Liputan.Tests.EndToEnd;

/// <summary><c>liputan extract URL</c> against a page served on loopback.</summary>
public sealed class ExtractUrlTests : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public void Should_extract_an_article_from_a_url()
    {
        // Given a page served over HTTP whose charset is only in the header
        _server.Map("/artikel", 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(HttpSourceTests.Page));

        // When extracting it by its address
        var (exit, stdout, stderr) = Cli.Run("extract", _server.Url("/artikel").ToString());

        // Then the article comes out as JSON, with its title, its paragraphs and its address
        exit.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("title").GetString().ShouldBe("Harga Beras Naik di Pasar Induk");
        doc.RootElement.GetProperty("paragraphs").GetArrayLength().ShouldBe(3);
        doc.RootElement.GetProperty("source").GetString().ShouldBe(_server.Url("/artikel").ToString());
    }

    [Fact]
    public void Should_report_a_missing_page_in_one_line()
    {
        var (exit, _, stderr) = Cli.Run("extract", _server.Url("/tidak-ada").ToString());

        exit.ShouldBe(1);
        stderr.Trim().ShouldBe($"liputan: {_server.Url("/tidak-ada")}: HTTP 404 Status");
    }

    [Fact]
    public void Should_report_a_page_with_no_article_as_skipped()
    {
        _server.Map("/menu", 200, "text/html", Encoding.UTF8.GetBytes("<html><body><nav><a href='/'>Beranda</a></nav></body></html>"));

        var (exit, _, stderr) = Cli.Run("extract", _server.Url("/menu").ToString());

        exit.ShouldBe(3);
        stderr.ShouldContain("no article found");
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_ingest_pages_by_url_beside_files_and_report_failed_fetches()
    {
        // Given one page served over HTTP, one address that answers 404, and one file on disk
        _server.Map("/artikel", 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(HttpSourceTests.Page));
        var dir = Directory.CreateTempSubdirectory("liputan-url-");
        try
        {
            var db = Path.Combine(dir.FullName, "url.db");
            var file = Directory.EnumerateFiles(Cli.Examples).Order(StringComparer.Ordinal).First();

            // When ingesting the three together
            var (exit, stdout, stderr) = Cli.Run("ingest", _server.Url("/artikel").ToString(), _server.Url("/hilang").ToString(), file, "--db", db, "--json");

            // Then the page and the file are stored, and the missing page is skipped with its reason
            exit.ShouldBe(3, stderr);
            using var doc = JsonDocument.Parse(stdout);
            doc.RootElement.GetProperty("ingested").GetInt32().ShouldBe(2);
            stdout.ShouldContain("HTTP 404");
            var (searchExit, found, _) = Cli.Run("search", "beras", "--db", db, "--json");
            searchExit.ShouldBe(0);
            found.ShouldContain("Harga Beras Naik di Pasar Induk");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
