using System;
using System.Buffers;
using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace LambdaGen.Runtime;

/// <summary>
/// A client for the Lambda Runtime API (version 2018-06-01) speaking HTTP/1.1 over one keep-alive socket.
/// </summary>
/// <remarks>
/// Why not HttpClient: on a cold start SocketsHttpHandler costs several milliseconds of type loading and
/// connection-pool setup before the first <c>next</c>, and the Runtime API is a loopback peer that only ever
/// answers with Content-Length (chunked bodies are still read, for other hosts). One request is in flight at a
/// time, so one receive buffer is reused for every event.
/// </remarks>
public sealed class RuntimeApiClient : IDisposable
{
    private const string Prefix = "/2018-06-01/runtime/";
    private const int SmallBody = 16 * 1024;
    private readonly string _hostHeader;
    private readonly EndPoint _endPoint;
    private Socket? _socket;
    private byte[] _buffer = new byte[64 * 1024];
    private byte[] _header = new byte[1024];
    private int _bufferStart;
    private int _bufferEnd;

    // Until the first event arrives the process has nothing else to do, so the first connect, `next` request and
    // wait use blocking calls: awaiting them would start the socket engine's epoll thread and thread-pool workers
    // during init, which measurably delays the first `next` (docs/benchmarks.md, "Where the time and memory go").
    // Only the process entry point asks for it (LambdaHost.Run): a caller of the async API keeps its thread.
    private bool _blocking;

    /// <summary>Creates a client for <paramref name="runtimeApi"/> (<c>host:port</c>, the value of <c>AWS_LAMBDA_RUNTIME_API</c>).</summary>
    public RuntimeApiClient(string runtimeApi)
        : this(runtimeApi, blockingUntilFirstEvent: false)
    {
    }

    /// <summary>Creates a client; with <paramref name="blockingUntilFirstEvent"/> the calls before the first event block the calling thread.</summary>
    public RuntimeApiClient(string runtimeApi, bool blockingUntilFirstEvent)
    {
        _blocking = blockingUntilFirstEvent;
        if (string.IsNullOrEmpty(runtimeApi))
        {
            throw new ArgumentException("AWS_LAMBDA_RUNTIME_API is not set: this process must be started by Lambda or `lambdagen serve`.", nameof(runtimeApi));
        }

        _hostHeader = runtimeApi;
        var colon = runtimeApi.LastIndexOf(':');
        var host = colon > 0 ? runtimeApi.Substring(0, colon) : runtimeApi;
        var port = colon > 0 ? int.Parse(runtimeApi.Substring(colon + 1), System.Globalization.CultureInfo.InvariantCulture) : 80;
        _endPoint = IPAddress.TryParse(host, out var ip) ? new IPEndPoint(ip, port) : new DnsEndPoint(host, port);
    }

    /// <summary>Waits for the next event. The returned body stays valid until the next call on this client.</summary>
    public async ValueTask<NextInvocation> NextAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("GET", "invocation/next", null, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
        _blocking = false;
        if (response.Status != 200)
        {
            throw new RuntimeApiException(response.Status, "invocation/next", response.Body);
        }

        return new NextInvocation(response.Headers, response.Body);
    }

    /// <summary>Posts the function's response for <paramref name="requestId"/>.</summary>
    public async ValueTask<int> PostResponseAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("POST", "invocation/" + requestId + "/response", null, body, cancellationToken).ConfigureAwait(false);
        return response.Status;
    }

    /// <summary>Posts an invocation error for <paramref name="requestId"/>.</summary>
    public async ValueTask<int> PostErrorAsync(string requestId, string errorCategory, ReadOnlyMemory<byte> errorJson, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("POST", "invocation/" + requestId + "/error", errorCategory, errorJson, cancellationToken).ConfigureAwait(false);
        return response.Status;
    }

    /// <summary>Posts an initialization error; Lambda then ends the environment.</summary>
    public async ValueTask<int> PostInitErrorAsync(string errorCategory, ReadOnlyMemory<byte> errorJson, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("POST", "init/error", errorCategory, errorJson, cancellationToken).ConfigureAwait(false);
        return response.Status;
    }

    /// <inheritdoc />
    public void Dispose() => _socket?.Dispose();

    private async ValueTask<RawResponse> SendAsync(string method, string path, string? errorType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        // A kept-alive connection the peer closed shows up as a failed send or an empty read: reconnect once.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var socket = _socket ??= await ConnectAsync(cancellationToken).ConfigureAwait(false);
                var headerLength = WriteRequestHead(method, path, errorType, body.Length);
                if (body.Length <= SmallBody)
                {
                    // One segment, one packet: head and a small body leave together.
                    if (_header.Length < headerLength + body.Length)
                    {
                        Array.Resize(ref _header, headerLength + SmallBody);
                    }

                    body.Span.CopyTo(_header.AsSpan(headerLength));
                    await SendAllAsync(socket, _header.AsMemory(0, headerLength + body.Length), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await SendAllAsync(socket, _header.AsMemory(0, headerLength), cancellationToken).ConfigureAwait(false);
                    await SendAllAsync(socket, body, cancellationToken).ConfigureAwait(false);
                }

                return await ReadResponseAsync(socket, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt == 0 && e is SocketException or ConnectionClosedException && !cancellationToken.IsCancellationRequested)
            {
                _socket?.Dispose();
                _socket = null;
            }
        }
    }

    private async ValueTask SendAllAsync(Socket socket, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        if (!_blocking)
        {
            await socket.SendAsync(data, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            return;
        }

        while (!data.IsEmpty)
        {
            data = data.Slice(socket.Send(data.Span, SocketFlags.None));
        }
    }

    private async ValueTask<Socket> ConnectAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (_blocking)
            {
                socket.Connect(_endPoint);
            }
            else
            {
                await socket.ConnectAsync(_endPoint, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _bufferStart = _bufferEnd = 0;
        return socket;
    }

    private int WriteRequestHead(string method, string path, string? errorType, int contentLength)
    {
        var maxLength = 128 + method.Length + Prefix.Length + path.Length + _hostHeader.Length + (errorType?.Length ?? 0);
        if (_header.Length < maxLength * 3)
        {
            _header = new byte[maxLength * 3];
        }

        var span = _header.AsSpan();
        var n = Encoding.ASCII.GetBytes(method, span);
        span[n++] = (byte)' ';
        n += Encoding.ASCII.GetBytes(Prefix, span.Slice(n));
        n += Encoding.UTF8.GetBytes(path, span.Slice(n));
        n += Encoding.ASCII.GetBytes(" HTTP/1.1\r\nHost: ", span.Slice(n));
        n += Encoding.ASCII.GetBytes(_hostHeader, span.Slice(n));
        n += Encoding.ASCII.GetBytes("\r\nUser-Agent: lambdagen/0.1\r\n", span.Slice(n));
        if (method != "GET")
        {
            n += Encoding.ASCII.GetBytes("Content-Type: application/json\r\nContent-Length: ", span.Slice(n));
            Utf8Formatter.TryFormat(contentLength, span.Slice(n), out var written);
            n += written;
            n += Encoding.ASCII.GetBytes("\r\n", span.Slice(n));
        }

        if (errorType is not null)
        {
            n += Encoding.ASCII.GetBytes("Lambda-Runtime-Function-Error-Type: ", span.Slice(n));
            n += Encoding.UTF8.GetBytes(errorType, span.Slice(n));
            n += Encoding.ASCII.GetBytes("\r\n", span.Slice(n));
        }

        n += Encoding.ASCII.GetBytes("\r\n", span.Slice(n));
        return n;
    }

    private async ValueTask<RawResponse> ReadResponseAsync(Socket socket, CancellationToken cancellationToken)
    {
        // Head: read until CRLFCRLF.
        int headEnd;
        while ((headEnd = _buffer.AsSpan(_bufferStart, _bufferEnd - _bufferStart).IndexOf("\r\n\r\n"u8)) < 0)
        {
            await FillAsync(socket, cancellationToken).ConfigureAwait(false);
        }

        var head = new RuntimeHeaders(Encoding.ASCII.GetString(_buffer, _bufferStart, headEnd));
        _bufferStart += headEnd + 4;

        ReadOnlyMemory<byte> body;
        if (head.ContentLength is { } length)
        {
            await EnsureAsync(socket, length, cancellationToken).ConfigureAwait(false);
            body = _buffer.AsMemory(_bufferStart, length);
            _bufferStart += length;
        }
        else if (head.Chunked)
        {
            body = await ReadChunkedAsync(socket, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            body = ReadOnlyMemory<byte>.Empty;
        }

        return new RawResponse(head.Status, head, body);
    }

    private async ValueTask<ReadOnlyMemory<byte>> ReadChunkedAsync(Socket socket, CancellationToken cancellationToken)
    {
        // Chunks are compacted in place at the start of the unread region.
        var bodyStart = _bufferStart;
        var bodyLength = 0;
        var cursor = _bufferStart;
        while (true)
        {
            int lineEnd;
            while ((lineEnd = _buffer.AsSpan(cursor, _bufferEnd - cursor).IndexOf("\r\n"u8)) < 0)
            {
                (bodyStart, cursor) = await FillKeepingAsync(socket, bodyStart, cursor, cancellationToken).ConfigureAwait(false);
            }

            var sizeText = Encoding.ASCII.GetString(_buffer, cursor, lineEnd).Split(';')[0].Trim();
            var size = int.Parse(sizeText, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            cursor += lineEnd + 2;
            while (_bufferEnd - cursor < size + 2)
            {
                (bodyStart, cursor) = await FillKeepingAsync(socket, bodyStart, cursor, cancellationToken).ConfigureAwait(false);
            }

            if (size == 0)
            {
                _bufferStart = cursor + 2;
                return _buffer.AsMemory(bodyStart, bodyLength);
            }

            Buffer.BlockCopy(_buffer, cursor, _buffer, bodyStart + bodyLength, size);
            bodyLength += size;
            cursor += size + 2;
        }
    }

    private async ValueTask<(int BodyStart, int Cursor)> FillKeepingAsync(Socket socket, int bodyStart, int cursor, CancellationToken cancellationToken)
    {
        var shift = _bufferStart;
        _bufferStart = bodyStart;
        await FillAsync(socket, cancellationToken).ConfigureAwait(false);
        shift -= _bufferStart;
        _bufferStart = bodyStart - shift;
        return (bodyStart - shift, cursor - shift);
    }

    private async ValueTask EnsureAsync(Socket socket, int count, CancellationToken cancellationToken)
    {
        while (_bufferEnd - _bufferStart < count)
        {
            await FillAsync(socket, cancellationToken, count).ConfigureAwait(false);
        }
    }

    private async ValueTask FillAsync(Socket socket, CancellationToken cancellationToken, int needed = 0)
    {
        var unread = _bufferEnd - _bufferStart;
        if (_bufferStart > 0 && (_bufferEnd == _buffer.Length || needed > _buffer.Length - _bufferStart))
        {
            Buffer.BlockCopy(_buffer, _bufferStart, _buffer, 0, unread);
            _bufferStart = 0;
            _bufferEnd = unread;
        }

        if (_bufferEnd == _buffer.Length || needed > _buffer.Length)
        {
            var bigger = new byte[Math.Max(_buffer.Length * 2, needed + 1024)];
            Buffer.BlockCopy(_buffer, _bufferStart, bigger, 0, unread);
            _buffer = bigger;
            _bufferStart = 0;
            _bufferEnd = unread;
        }

        var read = _blocking
            ? socket.Receive(_buffer.AsSpan(_bufferEnd), SocketFlags.None)
            : await socket.ReceiveAsync(_buffer.AsMemory(_bufferEnd), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new ConnectionClosedException();
        }

        _bufferEnd += read;
    }

    private readonly record struct RawResponse(int Status, RuntimeHeaders Headers, ReadOnlyMemory<byte> Body);

    private sealed class ConnectionClosedException() : Exception("The Runtime API closed the connection.");
}

/// <summary>One event from <c>invocation/next</c>: its headers and its body (valid until the next call).</summary>
public readonly struct NextInvocation
{
    internal NextInvocation(RuntimeHeaders headers, ReadOnlyMemory<byte> body)
    {
        Headers = headers;
        Body = body;
    }

    /// <summary>The response headers.</summary>
    public RuntimeHeaders Headers { get; }

    /// <summary>The event bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }
}

/// <summary>The Runtime API answered with an unexpected status.</summary>
public sealed class RuntimeApiException(int status, string path, ReadOnlyMemory<byte> body)
    : Exception($"The Runtime API answered {status} to {path}: {Encoding.UTF8.GetString(body.Span)}")
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;
}
