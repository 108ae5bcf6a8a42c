using System.Text;
using Liputan.Extraction;
using Liputan.Ingestion;

namespace Liputan.Tests.Ingestion;

public sealed class HttpSourceTests : IAsyncDisposable
{
    internal const string Page = """
        <html lang="id"><head><title>Harga Beras Naik di Pasar Induk</title></head><body><article>
        <h1>Harga Beras Naik di Pasar Induk</h1>
        <p>Harga beras medium di pasar induk naik untuk ketiga kalinya bulan ini, menurut para pedagang yang ditemui pada Senin pagi.</p>
        <p>Pedagang mengatakan pasokan dari daerah penghasil berkurang karena panen mundur, sehingga harga di tingkat grosir ikut terdorong.</p>
        <p>Pemerintah daerah berjanji menggelar operasi pasar pekan depan agar harga kembali stabil, kata seorang pejabat dinas perdagangan.</p>
        </article></body></html>
        """;

    private readonly LoopbackHttpServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static HttpSource Source(long maxBytes = 1024 * 1024, double timeoutSeconds = 5, int retries = 2) =>
        new(new HttpSourceOptions(maxBytes, TimeSpan.FromSeconds(timeoutSeconds), retries));

    [Fact]
    public async Task Should_fetch_a_page_with_its_content_type_and_extract_it_without_mojibake()
    {
        // Given a Windows-1252 page whose charset is only in the HTTP header
        var body = Encoding.Latin1.GetBytes(Page.Replace("Senin pagi", "Senin pagi (café)", StringComparison.Ordinal));
        _server.Map("/berita", 200, "text/html; charset=windows-1252", body);
        using var source = Source();

        // When fetching it
        var item = await source.FetchAsync(_server.Url("/berita"), TestContext.Current.CancellationToken);

        // Then the bytes, the address and the content type arrive, and the article decodes cleanly
        item.SkipReason.ShouldBeNull();
        item.Document!.ContentType.ShouldNotBeNull().ShouldContain("windows-1252");
        item.Document.SourceUrl.ShouldBe(_server.Url("/berita"));
        var article = DocumentExtractor.Default.Extract(item.Document).Article.ShouldNotBeNull();
        article.Title.ShouldBe("Harga Beras Naik di Pasar Induk");
        article.Body.ShouldContain("café");
    }

    [Fact]
    public async Task Should_follow_redirects_and_keep_the_final_address()
    {
        // Given a moved page
        _server.Map("/lama", 301, null, [], "Location: /baru");
        _server.Map("/baru", 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page));
        using var source = Source();

        // When fetching the old address
        var item = await source.FetchAsync(_server.Url("/lama"), TestContext.Current.CancellationToken);

        // Then the page comes from the new one
        item.Document.ShouldNotBeNull().SourceUrl.ShouldBe(_server.Url("/baru"));
    }

    [Fact]
    public async Task Should_retry_a_transient_failure_and_then_succeed()
    {
        // Given a server that fails once with 503
        var calls = 0;
        _server.Map("/kadang", (s, t) => Interlocked.Increment(ref calls) == 1
            ? LoopbackHttpServer.WriteAsync(s, 503, "text/plain", "busy"u8.ToArray(), [], t)
            : LoopbackHttpServer.WriteAsync(s, 200, "text/html", Encoding.UTF8.GetBytes(Page), [], t));
        using var source = Source();

        // When fetching
        var item = await source.FetchAsync(_server.Url("/kadang"), TestContext.Current.CancellationToken);

        // Then the second attempt is the answer
        item.Document.ShouldNotBeNull();
        calls.ShouldBe(2);
    }

    [Fact]
    public async Task Should_report_a_missing_page_without_retrying()
    {
        using var source = Source();

        var item = await source.FetchAsync(_server.Url("/hilang"), TestContext.Current.CancellationToken);

        item.Document.ShouldBeNull();
        item.SkipReason.ShouldBe("HTTP 404 Status");
        _server.Hits["/hilang"].ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_body_over_the_limit_even_without_content_length()
    {
        // Given a server that streams 2 MB with no Content-Length against a 1 MB limit
        _server.Map("/besar", async (s, t) =>
        {
            await s.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"u8.ToArray(), t);
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var i = 0; i < 32; i++)
            {
                await s.WriteAsync(chunk, t);
            }
        });
        using var source = Source(maxBytes: 1024 * 1024);

        // When fetching
        var item = await source.FetchAsync(_server.Url("/besar"), TestContext.Current.CancellationToken);

        // Then it is refused with the reason
        item.Document.ShouldBeNull();
        item.SkipReason.ShouldNotBeNull().ShouldContain("too large");
    }

    [Fact]
    public async Task Should_give_up_on_a_server_that_never_answers_within_the_timeout()
    {
        // Given a server that sends nothing for ten seconds
        _server.Map("/lambat", (_, t) => Task.Delay(TimeSpan.FromSeconds(10), t));
        using var source = Source(timeoutSeconds: 0.3, retries: 1);

        // When fetching
        var item = await source.FetchAsync(_server.Url("/lambat"), TestContext.Current.CancellationToken);

        // Then the fetch ends with a timeout reason after both attempts
        item.Document.ShouldBeNull();
        item.SkipReason.ShouldNotBeNull().ShouldContain("timed out");
        _server.Hits["/lambat"].ShouldBe(2);
    }

    [Fact]
    public async Task Should_report_a_refused_connection_as_a_reason()
    {
        // Given a port nobody listens on
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var source = Source(retries: 0);

        // When fetching from it
        var item = await source.FetchAsync(new Uri($"http://127.0.0.1:{port}/x"), TestContext.Current.CancellationToken);

        // Then the reason says the fetch failed
        item.Document.ShouldBeNull();
        item.SkipReason.ShouldNotBeNull().ShouldStartWith("fetch failed");
    }

    [Theory]
    [InlineData("https://contoh.id/a", true)]
    [InlineData("http://contoh.id", true)]
    [InlineData("ftp://contoh.id/a", false)]
    [InlineData("halaman.html", false)]
    [InlineData("/tmp/halaman.html", false)]
    public void Should_tell_web_addresses_from_paths(string input, bool expected) =>
        HttpSource.IsWebAddress(input, out _).ShouldBe(expected);
}
