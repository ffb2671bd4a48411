using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace LambdaGen.Tool.Emulation;

/// <summary>
/// The Lambda Runtime API (2018-06-01) for one function instance, as HTTP/1.1 on a loopback socket of its own.
/// </summary>
/// <remarks>
/// One listener per instance is how the emulator knows which process is calling, exactly as each Lambda
/// execution environment has its own endpoint. It is a raw socket server rather than Kestrel so that the bench
/// timestamps a request the moment its head is read, with no framework work in between, and so that starting an
/// instance costs a bind, not a host. The runtime side sends one request at a time on a keep-alive connection;
/// several connections are accepted (some runtimes use one for <c>next</c> and another for responses).
/// </remarks>
internal sealed class RuntimeApiServer : IAsyncDisposable
{
    private const string Prefix = "/2018-06-01/runtime/";
    private readonly Socket _listener;
    private readonly IRuntimeApiPeer _peer;
    private readonly int _maxBodyBytes;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _connections = new();
    private Task? _acceptLoop;

    public RuntimeApiServer(IRuntimeApiPeer peer, int maxBodyBytes)
    {
        _peer = peer;
        _maxBodyBytes = maxBodyBytes;
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
        Endpoint = "127.0.0.1:" + ((IPEndPoint)_listener.LocalEndPoint!).Port.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The value of <c>AWS_LAMBDA_RUNTIME_API</c> for the instance.</summary>
    public string Endpoint { get; }

    public void Start() => _acceptLoop = AcceptLoopAsync();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Dispose();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }
        }

        if (_acceptLoop is not null)
        {
            await _acceptLoop.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            socket.NoDelay = true;
            lock (_connections)
            {
                _connections.Add(socket);
            }

            _ = ServeConnectionAsync(socket);
        }
    }

    private async Task ServeConnectionAsync(Socket socket)
    {
        var reader = new HttpRequestReader(socket, _maxBodyBytes);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var request = await reader.ReadAsync(_stop.Token).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                var reply = await DispatchAsync(request).ConfigureAwait(false);
                await WriteReplyAsync(socket, reply, _stop.Token).ConfigureAwait(false);
                if (request.CloseConnection)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException or HttpFormatException)
        {
            // The instance went away or spoke something other than HTTP/1.1: the connection ends, the instance's
            // process state (exit, timeout) decides what the invocation's outcome is.
        }
        finally
        {
            lock (_connections)
            {
                _connections.Remove(socket);
            }

            socket.Dispose();
        }
    }

    private async ValueTask<RuntimeReply> DispatchAsync(HttpRequest request)
    {
        var path = request.Path;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return RuntimeReply.Error(404, "InvalidPath", "Unknown path " + path + ". The Runtime API lives under " + Prefix);
        }

        var rest = path.AsSpan(Prefix.Length);
        if (rest.SequenceEqual("invocation/next"))
        {
            return request.Method == "GET"
                ? await _peer.NextAsync(request.ArrivedTimestamp, _stop.Token).ConfigureAwait(false)
                : RuntimeReply.Error(405, "MethodNotAllowed", "invocation/next takes GET.");
        }

        if (rest.SequenceEqual("init/error"))
        {
            return request.Method == "POST"
                ? _peer.InitError(request.ErrorType, request.Body)
                : RuntimeReply.Error(405, "MethodNotAllowed", "init/error takes POST.");
        }

        if (rest.StartsWith("invocation/"))
        {
            var tail = rest.Slice("invocation/".Length);
            var slash = tail.LastIndexOf('/');
            if (slash > 0)
            {
                var requestId = Uri.UnescapeDataString(tail.Slice(0, slash).ToString());
                var action = tail.Slice(slash + 1);
                if (request.Method != "POST")
                {
                    return RuntimeReply.Error(405, "MethodNotAllowed", "Responses and errors take POST.");
                }

                if (action.SequenceEqual("response"))
                {
                    return _peer.Response(requestId, request.Body, request.BodyTooLarge, request.ArrivedTimestamp);
                }

                if (action.SequenceEqual("error"))
                {
                    return _peer.Error(requestId, request.ErrorType, request.Body);
                }
            }
        }

        return RuntimeReply.Error(404, "InvalidPath", "Unknown path " + path);
    }

    private static async ValueTask WriteReplyAsync(Socket socket, RuntimeReply reply, CancellationToken cancellationToken)
    {
        var head = new StringBuilder(256);
        head.Append("HTTP/1.1 ").Append(reply.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Reason(reply.Status)).Append("\r\n");
        head.Append("Content-Type: application/json\r\n");
        head.Append("Content-Length: ").Append(reply.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        head.Append("Date: ").Append(DateTime.UtcNow.ToString("R", CultureInfo.InvariantCulture)).Append("\r\n");
        if (reply.Headers is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                head.Append(name).Append(": ").Append(value).Append("\r\n");
            }
        }

        head.Append("\r\n");

        // One send for head and body: two small writes would cost a round of Nagle/delayed-ACK interplay.
        var headBytes = Encoding.UTF8.GetByteCount(head.ToString());
        var buffer = new byte[headBytes + reply.Body.Length];
        Encoding.UTF8.GetBytes(head.ToString(), buffer);
        reply.Body.Span.CopyTo(buffer.AsSpan(headBytes));
        var sent = 0;
        while (sent < buffer.Length)
        {
            sent += await socket.SendAsync(buffer.AsMemory(sent), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Request Entity Too Large",
        500 => "Internal Server Error",
        _ => "Status",
    };
}

/// <summary>What the Runtime API asks of the instance it belongs to.</summary>
internal interface IRuntimeApiPeer
{
    /// <summary>A <c>next</c> request arrived (at <paramref name="arrived"/>, a Stopwatch timestamp): wait for an event.</summary>
    ValueTask<RuntimeReply> NextAsync(long arrived, CancellationToken cancellationToken);

    RuntimeReply Response(string requestId, ReadOnlyMemory<byte> body, bool tooLarge, long arrived);

    RuntimeReply Error(string requestId, string? errorType, ReadOnlyMemory<byte> body);

    RuntimeReply InitError(string? errorType, ReadOnlyMemory<byte> body);
}

/// <summary>A Runtime API answer.</summary>
internal sealed record RuntimeReply(int Status, ReadOnlyMemory<byte> Body, IReadOnlyList<(string Name, string Value)>? Headers = null)
{
    public static readonly RuntimeReply Accepted = new(202, Encoding.UTF8.GetBytes("{\"status\":\"OK\"}"));

    /// <summary>An error in the Runtime API's own shape: <c>{"errorMessage","errorType"}</c>.</summary>
    public static RuntimeReply Error(int status, string errorType, string message)
        => new(status, Json.ErrorBody(errorType, message));
}

/// <summary>One request as the server needs it.</summary>
internal sealed record HttpRequest(string Method, string Path, string? ErrorType, ReadOnlyMemory<byte> Body, bool BodyTooLarge, bool CloseConnection, long ArrivedTimestamp);

/// <summary>The peer did not speak HTTP/1.1.</summary>
internal sealed class HttpFormatException(string message) : Exception(message);

/// <summary>Reads HTTP/1.1 requests (Content-Length or chunked bodies) from one connection.</summary>
internal sealed class HttpRequestReader(Socket socket, int maxBodyBytes)
{
    private const int MaxHeadBytes = 64 * 1024;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <summary>The next request, or null when the peer closed the connection between requests.</summary>
    public async ValueTask<HttpRequest?> ReadAsync(CancellationToken cancellationToken)
    {
        int headEnd;
        while ((headEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (_end - _start > MaxHeadBytes)
            {
                throw new HttpFormatException("Request head too large.");
            }

            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_end == _start)
                {
                    return null;
                }

                throw new HttpFormatException("Connection closed inside a request head.");
            }
        }

        var arrived = System.Diagnostics.Stopwatch.GetTimestamp();
        var head = Encoding.ASCII.GetString(_buffer, _start, headEnd);
        _start += headEnd + 4;

        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3 || !requestLine[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            throw new HttpFormatException("Bad request line: " + lines[0]);
        }

        long? contentLength = null;
        var chunked = false;
        var close = requestLine[2] == "HTTP/1.0";
        string? errorType = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var name = lines[i].AsSpan(0, colon).Trim();
            var value = lines[i].AsSpan(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
            {
                close = value.Equals("close", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("Lambda-Runtime-Function-Error-Type", StringComparison.OrdinalIgnoreCase))
            {
                errorType = value.ToString();
            }
        }

        var target = requestLine[1];
        var query = target.IndexOf('?');
        var path = query >= 0 ? target.Substring(0, query) : target;

        var (body, tooLarge) = chunked
            ? await ReadChunkedAsync(cancellationToken).ConfigureAwait(false)
            : await ReadSizedAsync(contentLength ?? 0, cancellationToken).ConfigureAwait(false);
        return new HttpRequest(requestLine[0], path, errorType, body, tooLarge, close, arrived);
    }

    private async ValueTask<(ReadOnlyMemory<byte> Body, bool TooLarge)> ReadSizedAsync(long length, CancellationToken cancellationToken)
    {
        if (length > maxBodyBytes)
        {
            // Read and drop the body so that the connection stays usable for the runtime's next request
            // (typically the error report that follows a 413).
            var remaining = length;
            while (remaining > 0)
            {
                if (_end == _start && !await FillAsync(cancellationToken, reset: true).ConfigureAwait(false))
                {
                    throw new HttpFormatException("Connection closed inside a body.");
                }

                var take = (int)Math.Min(remaining, _end - _start);
                _start += take;
                remaining -= take;
            }

            return (ReadOnlyMemory<byte>.Empty, true);
        }

        var size = (int)length;
        while (_end - _start < size)
        {
            if (!await FillAsync(cancellationToken, needed: size).ConfigureAwait(false))
            {
                throw new HttpFormatException("Connection closed inside a body.");
            }
        }

        // The body is copied out: the buffer is reused for the next request while the invocation still holds it.
        var body = _buffer.AsSpan(_start, size).ToArray();
        _start += size;
        return (body, false);
    }

    private async ValueTask<(ReadOnlyMemory<byte> Body, bool TooLarge)> ReadChunkedAsync(CancellationToken cancellationToken)
    {
        var body = new System.IO.MemoryStream();
        var tooLarge = false;
        while (true)
        {
            int lineEnd;
            while ((lineEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
            {
                if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new HttpFormatException("Connection closed inside a chunk.");
                }
            }

            var sizeText = Encoding.ASCII.GetString(_buffer, _start, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new HttpFormatException("Bad chunk size: " + sizeText);
            }

            _start += lineEnd + 2;
            if (size == 0)
            {
                // Trailers (rare) end with an empty line.
                while (true)
                {
                    while ((lineEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
                    {
                        if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                        {
                            throw new HttpFormatException("Connection closed inside trailers.");
                        }
                    }

                    _start += lineEnd + 2;
                    if (lineEnd == 0)
                    {
                        return (tooLarge ? ReadOnlyMemory<byte>.Empty : body.ToArray(), tooLarge);
                    }
                }
            }

            var remaining = size + 2;
            while (remaining > 0)
            {
                if (_end == _start && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new HttpFormatException("Connection closed inside a chunk.");
                }

                var take = Math.Min(remaining, _end - _start);
                var data = Math.Min(take, Math.Max(0, remaining - 2));
                if (!tooLarge)
                {
                    body.Write(_buffer, _start, data);
                    tooLarge = body.Length > maxBodyBytes;
                    if (tooLarge)
                    {
                        body = new System.IO.MemoryStream();
                    }
                }

                _start += take;
                remaining -= take;
            }
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken, int needed = 0, bool reset = false)
    {
        var unread = _end - _start;
        if (reset && unread == 0)
        {
            _start = _end = 0;
        }
        else if (_start > 0 && (_end == _buffer.Length || needed > _buffer.Length - _start))
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
            _start = 0;
            _end = unread;
        }

        if (_end == _buffer.Length || needed > _buffer.Length)
        {
            var bigger = new byte[Math.Max(_buffer.Length * 2, needed + 1024)];
            Buffer.BlockCopy(_buffer, _start, bigger, 0, unread);
            _buffer = bigger;
            _start = 0;
            _end = unread;
        }

        var read = await socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }
}
