using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using LambdaGen.Hosting;

namespace LambdaGen.Http;

/// <summary>
/// One HTTP request as generated route handlers see it: binding helpers that turn raw strings into typed
/// parameters (culture-invariant, 400 with the parameter's name on failure) and result helpers that fill in the
/// response. Generated code is one call per parameter and one per result; the logic is here, tested once.
/// </summary>
public sealed class HttpRequestContext
{
    private readonly IReadOnlyList<string> _routeNames;
    private readonly string[]? _routeValues;
    private readonly HttpResponseState _response;

    internal HttpRequestContext(LambdaInvocation invocation, HttpRequest request, IReadOnlyList<string> routeNames, string[]? routeValues, HttpResponseState response)
    {
        Invocation = invocation;
        Request = request;
        _routeNames = routeNames;
        _routeValues = routeValues;
        _response = response;
    }

    /// <summary>The Lambda invocation.</summary>
    public LambdaInvocation Invocation { get; }

    /// <summary>The request.</summary>
    public HttpRequest Request { get; }

    /// <summary>The invocation context.</summary>
    public ILambdaContext Context => Invocation.Context;

    /// <summary>The deadline cancellation token.</summary>
    public CancellationToken CancellationToken => Invocation.CancellationToken;

    /// <summary>Request cookies.</summary>
    public IReadOnlyDictionary<string, string> Cookies => Request.Cookies;

    /// <summary>Resolves a service from the invocation scope.</summary>
    public T Service<T>() where T : notnull => Invocation.GetService<T>();

    /// <summary>The raw value of <paramref name="name"/> from <paramref name="source"/>, or null.</summary>
    public string? Raw(HttpSource source, string name)
    {
        switch (source)
        {
            case HttpSource.Route:
                for (var i = 0; i < _routeNames.Count; i++)
                {
                    if (string.Equals(_routeNames[i], name, StringComparison.OrdinalIgnoreCase))
                    {
                        return _routeValues is not null && i < _routeValues.Length ? _routeValues[i] : null;
                    }
                }

                return null;
            case HttpSource.Query:
                return Request.Query(name);
            default:
                return Request.Header(name);
        }
    }

    /// <summary>A required value parsed as <typeparamref name="T"/>.</summary>
    public T Required<T>(HttpSource source, string name) where T : struct, ISpanParsable<T>
        => Optional<T>(source, name) ?? throw Missing(source, name);

    /// <summary>An optional value parsed as <typeparamref name="T"/>; null when absent or empty.</summary>
    public T? Optional<T>(HttpSource source, string name) where T : struct, ISpanParsable<T>
    {
        var raw = Raw(source, name);
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        return T.TryParse(raw, CultureInfo.InvariantCulture, out var value) ? value : throw Unparsable<T>(source, name);
    }

    /// <summary>A required string.</summary>
    public string RequiredString(HttpSource source, string name) => Raw(source, name) ?? throw Missing(source, name);

    /// <summary>An optional string.</summary>
    public string? OptionalString(HttpSource source, string name) => Raw(source, name);

    /// <summary>A required enum value (names, case-insensitive).</summary>
    public T RequiredEnum<T>(HttpSource source, string name) where T : struct, Enum
        => OptionalEnum<T>(source, name) ?? throw Missing(source, name);

    /// <summary>An optional enum value.</summary>
    public T? OptionalEnum<T>(HttpSource source, string name) where T : struct, Enum
    {
        var raw = Raw(source, name);
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        return Enum.TryParse<T>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : throw Unparsable<T>(source, name);
    }

    /// <summary>Every value of a repeated query key or header, parsed.</summary>
    public T[] Array<T>(HttpSource source, string name) where T : struct, ISpanParsable<T>
    {
        var raw = Values(source, name);
        var values = new T[raw.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (!T.TryParse(raw[i], CultureInfo.InvariantCulture, out values[i]))
            {
                throw Unparsable<T>(source, name);
            }
        }

        return values;
    }

    /// <summary>Every value of a repeated query key or header.</summary>
    public string[] StringArray(HttpSource source, string name)
    {
        var raw = Values(source, name);
        var values = new string[raw.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = raw[i];
        }

        return values;
    }

    /// <summary>The JSON body as <typeparamref name="T"/>: 415 for a non-JSON content type, 400 for missing or malformed JSON.</summary>
    public T? Body<T>(JsonTypeInfo<T> typeInfo, string name, bool required)
    {
        var body = Request.Body;
        if (body.IsEmpty)
        {
            return required ? throw new HttpProblemException(400, $"The request body '{name}' is required.") : default;
        }

        var contentType = Request.ContentType;
        if (contentType is not null && !IsJson(contentType))
        {
            throw new HttpProblemException(415, "The request body must be JSON (Content-Type: application/json).");
        }

        try
        {
            var value = JsonSerializer.Deserialize(body.Span, typeInfo);
            return value is null && required ? throw new HttpProblemException(400, $"The request body '{name}' is required.") : value;
        }
        catch (JsonException e)
        {
            // The reader's message names the position and path, never the payload.
            throw new HttpProblemException(400, $"The request body is not valid JSON for {typeof(T).Name}: {e.Message}");
        }
    }

    /// <summary>Writes <paramref name="value"/> as a 200 JSON response.</summary>
    public ValueTask Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        _response.SetJson(value, typeInfo);
        return default;
    }

    /// <summary>Awaits and writes a JSON result.</summary>
    public ValueTask Json<T>(Task<T> task, JsonTypeInfo<T> typeInfo)
        => task.IsCompletedSuccessfully ? Json(task.Result, typeInfo) : Slow(task, typeInfo);

    /// <summary>Awaits and writes a JSON result.</summary>
    public ValueTask Json<T>(ValueTask<T> task, JsonTypeInfo<T> typeInfo)
        => task.IsCompletedSuccessfully ? Json(task.Result, typeInfo) : Slow(task.AsTask(), typeInfo);

    private async ValueTask Slow<T>(Task<T> task, JsonTypeInfo<T> typeInfo) => _response.SetJson(await task.ConfigureAwait(false), typeInfo);

    /// <summary>Writes a bodiless result (or problem details).</summary>
    public ValueTask Result(HttpResult result)
    {
        _response.SetResult(result);
        return default;
    }

    /// <summary>Awaits and writes a bodiless result.</summary>
    public async ValueTask Result(Task<HttpResult> task) => _response.SetResult(await task.ConfigureAwait(false));

    /// <summary>Awaits and writes a bodiless result.</summary>
    public async ValueTask Result(ValueTask<HttpResult> task) => _response.SetResult(await task.ConfigureAwait(false));

    /// <summary>Writes a result with an optional JSON body.</summary>
    public ValueTask Result<T>(HttpResult<T> result, JsonTypeInfo<T> typeInfo)
    {
        _response.SetResult(result.Head);
        if (result.HasValue)
        {
            _response.SetJson(result.Value!, typeInfo, result.StatusCode);
        }

        return default;
    }

    /// <summary>Awaits and writes a result with an optional JSON body.</summary>
    public async ValueTask Result<T>(Task<HttpResult<T>> task, JsonTypeInfo<T> typeInfo) => await Result(await task.ConfigureAwait(false), typeInfo).ConfigureAwait(false);

    /// <summary>Awaits and writes a result with an optional JSON body.</summary>
    public async ValueTask Result<T>(ValueTask<HttpResult<T>> task, JsonTypeInfo<T> typeInfo) => await Result(await task.ConfigureAwait(false), typeInfo).ConfigureAwait(false);

    /// <summary>Writes <c>text/plain</c>.</summary>
    public ValueTask Text(string? text)
    {
        _response.SetText(text);
        return default;
    }

    /// <summary>Awaits and writes <c>text/plain</c>.</summary>
    public async ValueTask Text(Task<string> task) => _response.SetText(await task.ConfigureAwait(false));

    /// <summary>Awaits and writes <c>text/plain</c>.</summary>
    public async ValueTask Text(ValueTask<string> task) => _response.SetText(await task.ConfigureAwait(false));

    /// <summary>Writes binary content (base64 on the wire).</summary>
    public ValueTask Bytes(byte[]? bytes)
    {
        _response.SetBytes(bytes);
        return default;
    }

    /// <summary>Awaits and writes binary content.</summary>
    public async ValueTask Bytes(Task<byte[]> task) => _response.SetBytes(await task.ConfigureAwait(false));

    /// <summary>Copies a stream as binary content and disposes it.</summary>
    public async ValueTask Stream(Stream stream)
    {
        await using (stream.ConfigureAwait(false))
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy).ConfigureAwait(false);
            _response.SetBytes(copy.ToArray());
        }
    }

    /// <summary>Awaits a stream and writes it as binary content.</summary>
    public async ValueTask Stream(Task<Stream> task) => await Stream(await task.ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>204 after a synchronous handler.</summary>
    public ValueTask NoContent()
    {
        _response.SetStatus(204);
        return default;
    }

    /// <summary>204 once the task completes.</summary>
    public async ValueTask NoContent(Task task)
    {
        await task.ConfigureAwait(false);
        _response.SetStatus(204);
    }

    /// <summary>204 once the task completes.</summary>
    public async ValueTask NoContent(ValueTask task)
    {
        await task.ConfigureAwait(false);
        _response.SetStatus(204);
    }

    private IReadOnlyList<string> Values(HttpSource source, string name) => source switch
    {
        HttpSource.Query => Request.QueryValues(name),
        HttpSource.Header => Request.Headers(name),
        _ => Raw(source, name) is { } single ? new[] { single } : System.Array.Empty<string>(),
    };

    private static bool IsJson(string contentType)
    {
        var semicolon = contentType.IndexOf(';');
        var media = (semicolon >= 0 ? contentType.AsSpan(0, semicolon) : contentType.AsSpan()).Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static HttpProblemException Missing(HttpSource source, string name)
        => new(400, $"The {Describe(source)} '{name}' is required.");

    private static HttpProblemException Unparsable<T>(HttpSource source, string name)
        => new(400, $"The {Describe(source)} '{name}' must be {TypeName(typeof(T))}.");

    private static string Describe(HttpSource source) => source switch
    {
        HttpSource.Route => "route value",
        HttpSource.Query => "query parameter",
        _ => "header",
    };

    /// <summary>A user-facing name for a bindable type.</summary>
    internal static string TypeName(Type type)
    {
        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Int32 => "an integer (int)",
            TypeCode.Int64 => "an integer (long)",
            TypeCode.Int16 => "an integer (short)",
            TypeCode.Byte => "an integer from 0 to 255 (byte)",
            TypeCode.UInt32 or TypeCode.UInt64 or TypeCode.UInt16 or TypeCode.SByte => "an integer",
            TypeCode.Boolean => "true or false (bool)",
            TypeCode.Decimal => "a number (decimal)",
            TypeCode.Double or TypeCode.Single => "a number (double)",
            TypeCode.DateTime => "a date and time (ISO 8601)",
            _ when type == typeof(Guid) => "a GUID",
            _ when type == typeof(DateTimeOffset) => "a date and time with offset (ISO 8601)",
            _ when type == typeof(DateOnly) => "a date (yyyy-MM-dd)",
            _ when type == typeof(TimeOnly) => "a time (HH:mm:ss)",
            _ when type == typeof(TimeSpan) => "a duration (hh:mm:ss)",
            _ => "a " + type.Name,
        };
    }
}

/// <summary>The response being built for one request; reused across requests by its application.</summary>
internal sealed class HttpResponseState
{
    public readonly ArrayBufferWriter<byte> Body = new(4096);
    public readonly List<KeyValuePair<string, string>> Headers = new();
    public readonly List<string> Cookies = new();
    public int Status;
    public string? ContentType;
    public bool Binary;
    public bool HasBody;
    public ProblemResult? Problem;
    private Utf8JsonWriter? _writer;

    public void Reset()
    {
        Body.ResetWrittenCount();
        Headers.Clear();
        Cookies.Clear();
        Status = 200;
        ContentType = null;
        Binary = false;
        HasBody = false;
        Problem = null;
    }

    public void SetStatus(int status) => Status = status;

    public void SetJson<T>(T value, JsonTypeInfo<T> typeInfo, int status = 200)
    {
        Status = status;
        Body.ResetWrittenCount();
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(Body);
        }
        else
        {
            _writer.Reset(Body);
        }

        JsonSerializer.Serialize(_writer, value, typeInfo);
        _writer.Flush();
        ContentType = "application/json; charset=utf-8";
        HasBody = true;
        Binary = false;
    }

    public void SetResult(HttpResult result)
    {
        Status = result.StatusCode;
        Headers.AddRange(result.Headers);
        Cookies.AddRange(result.Cookies);
        Problem = result as ProblemResult;
    }

    public void SetText(string? text)
    {
        Status = 200;
        Body.ResetWrittenCount();
        if (text is not null)
        {
            var span = Body.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
            Body.Advance(Encoding.UTF8.GetBytes(text, span));
        }

        ContentType = "text/plain; charset=utf-8";
        HasBody = true;
        Binary = false;
    }

    public void SetBytes(byte[]? bytes)
    {
        Status = 200;
        Body.ResetWrittenCount();
        Body.Write(bytes ?? System.Array.Empty<byte>());
        ContentType = "application/octet-stream";
        HasBody = true;
        Binary = true;
    }
}
