using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace LambdaGen.Testing;

/// <summary>What the function answered for one event.</summary>
public sealed record InvocationOutcome(string RequestId, bool IsError, string Body, string? ErrorType);

/// <summary>
/// A Lambda Runtime API double on 127.0.0.1: events go in through <see cref="Invoke"/>, the function under test
/// pulls them with <c>next</c> and posts responses or errors, which complete the returned tasks.
/// Requests and responses use HTTP/1.1 with keep-alive, as the real Runtime API does.
/// </summary>
public sealed class RuntimeApiDouble : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Channel<(string Id, byte[] Body, long DeadlineMs)> _events = Channel.CreateUnbounded<(string, byte[], long)>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<InvocationOutcome>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accept;
    private int _nextId;

    public RuntimeApiDouble()
    {
        _listener.Start();
        _accept = AcceptLoopAsync();
    }

    /// <summary>host:port for AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address => "127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Answer the next <c>next</c> request with this status (to test fatal Runtime API errors).</summary>
    public int? FailNextWith { get; set; }

    /// <summary>The body of the last init/error post.</summary>
    public TaskCompletionSource<(string Category, string Body)> InitError { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every request line seen, for protocol assertions.</summary>
    public ConcurrentQueue<string> RequestLines { get; } = new();

    /// <summary>Headers of the last event handed out.</summary>
    public Dictionary<string, string> ExtraEventHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<InvocationOutcome> Invoke(string json, TimeSpan? timeout = null)
    {
        var id = "req-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<InvocationOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        var deadline = DateTimeOffset.UtcNow.Add(timeout ?? TimeSpan.FromSeconds(30)).ToUnixTimeMilliseconds();
        _events.Writer.TryWrite((id, Encoding.UTF8.GetBytes(json), deadline));
        return completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _accept.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // stopping
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        var stream = client.GetStream();
        var buffer = new byte[64 * 1024];
        var count = 0;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                int headEnd;
                while ((headEnd = buffer.AsSpan(0, count).IndexOf("\r\n\r\n"u8)) < 0)
                {
                    if (!await FillAsync())
                    {
                        return;
                    }
                }

                var head = Encoding.ASCII.GetString(buffer, 0, headEnd).Split("\r\n");
                Consume(headEnd + 4);
                var headers = head.Skip(1).Select(static l => l.Split(':', 2)).Where(static p => p.Length == 2)
                    .ToDictionary(static p => p[0].Trim(), static p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
                var length = headers.TryGetValue("Content-Length", out var l) ? int.Parse(l, CultureInfo.InvariantCulture) : 0;
                while (count < length)
                {
                    if (!await FillAsync())
                    {
                        return;
                    }
                }

                var body = buffer.AsSpan(0, length).ToArray();
                Consume(length);
                RequestLines.Enqueue(head[0]);
                var parts = head[0].Split(' ');
                await HandleAsync(stream, parts[0], parts[1], headers, body).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
        }

        async Task<bool> FillAsync()
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(count), _stop.Token).ConfigureAwait(false);
            count += read;
            return read > 0;
        }

        void Consume(int n)
        {
            Buffer.BlockCopy(buffer, n, buffer, 0, count - n);
            count -= n;
        }
    }

    private async Task HandleAsync(NetworkStream stream, string method, string path, Dictionary<string, string> headers, byte[] body)
    {
        const string prefix = "/2018-06-01/runtime/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await WriteAsync(stream, 404, "{}", null).ConfigureAwait(false);
            return;
        }

        var route = path.Substring(prefix.Length);
        if (method == "GET" && route == "invocation/next")
        {
            if (FailNextWith is { } status)
            {
                FailNextWith = null;
                await WriteAsync(stream, status, "{\"errorMessage\":\"boom\"}", null).ConfigureAwait(false);
                return;
            }

            var next = await _events.Reader.ReadAsync(_stop.Token).ConfigureAwait(false);
            var eventHeaders = new Dictionary<string, string>(ExtraEventHeaders, StringComparer.OrdinalIgnoreCase)
            {
                ["Lambda-Runtime-Aws-Request-Id"] = next.Id,
                ["Lambda-Runtime-Deadline-Ms"] = next.DeadlineMs.ToString(CultureInfo.InvariantCulture),
                ["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:123456789012:function:test",
                ["Lambda-Runtime-Trace-Id"] = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
            };
            await WriteAsync(stream, 200, next.Body, eventHeaders).ConfigureAwait(false);
            return;
        }

        if (method == "POST" && route == "init/error")
        {
            InitError.TrySetResult((headers.GetValueOrDefault("Lambda-Runtime-Function-Error-Type") ?? "", Encoding.UTF8.GetString(body)));
            await WriteAsync(stream, 202, "{\"status\":\"OK\"}", null).ConfigureAwait(false);
            return;
        }

        var segments = route.Split('/');
        if (method == "POST" && segments.Length == 3 && segments[0] == "invocation" && _pending.TryRemove(segments[1], out var completion))
        {
            var isError = segments[2] == "error";
            completion.TrySetResult(new InvocationOutcome(segments[1], isError, Encoding.UTF8.GetString(body), isError ? headers.GetValueOrDefault("Lambda-Runtime-Function-Error-Type") : null));
            await WriteAsync(stream, 202, "{\"status\":\"OK\"}", null).ConfigureAwait(false);
            return;
        }

        await WriteAsync(stream, 400, "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}", null).ConfigureAwait(false);
    }

    private static Task WriteAsync(NetworkStream stream, int status, string body, Dictionary<string, string>? headers)
        => WriteAsync(stream, status, Encoding.UTF8.GetBytes(body), headers);

    private static async Task WriteAsync(NetworkStream stream, int status, byte[] body, Dictionary<string, string>? headers)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n");
        foreach (var (name, value) in headers ?? [])
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()).Concat(body).ToArray()).ConfigureAwait(false);
    }
}
