using System.Net;
using System.Net.Http.Headers;
using Liputan.Documents;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Liputan.Ingestion;

/// <summary>Limits of <see cref="HttpSource"/>.</summary>
/// <param name="MaxBytes">Responses larger than this are refused (read no further than the limit).</param>
/// <param name="AttemptTimeout">Time allowed for one attempt, headers and body together.</param>
/// <param name="Retries">Further attempts after a transient failure (5xx, 408, 429, timeout, connection error).</param>
/// <param name="MaxRedirects">Redirects followed before giving up.</param>
/// <param name="UserAgent">Sent with every request; some sites refuse requests without one.</param>
public sealed record HttpSourceOptions(
    long MaxBytes = FileSource.DefaultMaxBytes,
    TimeSpan? AttemptTimeout = null,
    int Retries = 2,
    int MaxRedirects = 5,
    string UserAgent = "Liputan/0.1 (+news reader)")
{
    /// <summary>The defaults: 25 MB, 20 s per attempt, two retries, five redirects.</summary>
    public static HttpSourceOptions Default { get; } = new();

    internal TimeSpan Timeout => AttemptTimeout ?? TimeSpan.FromSeconds(20);
}

/// <summary>
/// Pages fetched over HTTP(S). Failures are results with a reason (status, timeout, size,
/// refused scheme), never exceptions; transient ones are retried with backoff.
/// </summary>
public sealed class HttpSource : IDisposable
{
    private readonly HttpClient _client;
    private readonly HttpSourceOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>A source with its own connection pool.</summary>
    public HttpSource(HttpSourceOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? HttpSourceOptions.Default;
        _time = time ?? TimeProvider.System;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, _options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        // The per-attempt timeout lives in the pipeline, so HttpClient's own must not fire first.
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (_options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        _pipeline = builder
            .AddTimeout(_options.Timeout)
            .Build();
    }

    /// <summary>True for an absolute http or https URL, the only kinds fetched.</summary>
    public static bool IsWebAddress(string input, out Uri? url) =>
        Uri.TryCreate(input, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>Fetches one page, or says why not.</summary>
    public async Task<SourceItem> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var name = url.ToString();
        if (!IsWebAddress(name, out _))
        {
            return new SourceItem(name, null, $"not an http(s) address ({url.Scheme})");
        }

        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token => await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return new SourceItem(name, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }

            if (response.Content.Headers.ContentLength is { } declared && declared > _options.MaxBytes)
            {
                return new SourceItem(name, null, TooLarge(declared));
            }

            var body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return new SourceItem(name, null, TooLarge(null));
            }

            // The address after redirects is the page's own: it is what canonical URLs are checked against.
            var final = response.RequestMessage?.RequestUri ?? url;
            return new SourceItem(name, new RawDocument(body, null, final, _time.GetUtcNow(), ContentType(response.Content.Headers)), null);
        }
        catch (TimeoutRejectedException)
        {
            return new SourceItem(name, null, $"timed out after {_options.Timeout.TotalSeconds:0} s ({_options.Retries + 1} attempts)");
        }
        catch (HttpRequestException e)
        {
            return new SourceItem(name, null, "fetch failed: " + (e.InnerException?.Message ?? e.Message));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static string? ContentType(HttpContentHeaders headers) =>
        headers.ContentType is { } type ? type.ToString() : null;

    private string TooLarge(long? bytes) => bytes is { } b
        ? $"too large ({b / (1024.0 * 1024.0):0.0} MB; limit {_options.MaxBytes / (1024 * 1024)} MB)"
        : $"too large (over the {_options.MaxBytes / (1024 * 1024)} MB limit)";

    // A missing or false Content-Length must not let a page fill memory.
    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
