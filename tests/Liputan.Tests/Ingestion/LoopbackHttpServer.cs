using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Liputan.Tests.Ingestion;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 for tests (no network beyond loopback here): each
/// path maps to a handler that writes the raw response, so tests can send what real servers
/// get wrong (no Content-Length, slow bodies, redirects, failures).
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, Func<Stream, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackHttpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    public void Map(string path, Func<Stream, CancellationToken, Task> handler) => _routes[path] = handler;

    public void Map(string path, int status, string? contentType, byte[] body, params string[] headers) =>
        Map(path, (s, t) => WriteAsync(s, status, contentType, body, headers, t));

    public static async Task WriteAsync(Stream stream, int status, string? contentType, byte[] body, string[] headers, CancellationToken token)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Status")}\r\n");
        if (contentType is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        foreach (var h in headers)
        {
            head.Append(h).Append("\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), token);
        await stream.WriteAsync(body, token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadRequestPathAsync(stream);
                Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
                if (_routes.TryGetValue(path, out var handler))
                {
                    await handler(stream, _stop.Token);
                }
                else
                {
                    await WriteAsync(stream, 404, "text/plain", "not here"u8.ToArray(), [], _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client gave up (a timeout test) or the server is stopping.
            }
        }
    }

    private static async Task<string> ReadRequestPathAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var text = new StringBuilder();
        while (!text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer);
            if (n == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }

        var first = text.ToString().Split("\r\n")[0].Split(' ');
        return first.Length > 1 ? first[1] : "/";
    }
}
