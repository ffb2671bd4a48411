using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace LambdaGen.Http;

/// <summary>Which API Gateway payload the request came in, and so which shape the response must take.</summary>
public enum HttpPayloadVersion
{
    /// <summary>HTTP API payload 2.0 and Lambda function URLs.</summary>
    V2,
    /// <summary>REST API proxy integration (payload 1.0).</summary>
    V1,
}

/// <summary>
/// An HTTP request read from an API Gateway (v1 or v2) or function URL event in one pass of
/// <see cref="Utf8JsonReader"/>: no reflection and no intermediate document.
/// </summary>
public sealed class HttpRequest
{
    private readonly Dictionary<string, List<string>> _headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _query = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _pathParameters;
    private Dictionary<string, string>? _cookies;
    private List<string>? _cookieList;
    private string? _rawQuery;

    private HttpRequest()
    {
    }

    /// <summary>The payload version.</summary>
    public HttpPayloadVersion Version { get; private set; }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; private set; } = "GET";

    /// <summary>The request path as sent (still percent-encoded), without the stage prefix.</summary>
    public string Path { get; private set; } = "/";

    /// <summary>The gateway's resolved route (<c>GET /todos/{id}</c>), or null for <c>$default</c> and function URLs.</summary>
    public string? RouteKey { get; private set; }

    /// <summary>The gateway's (or function URL's) request id.</summary>
    public string? RequestId { get; private set; }

    /// <summary>The body bytes, base64-decoded when the gateway encoded them.</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>The Content-Type header, if any.</summary>
    public string? ContentType => Header("content-type");

    /// <summary>Path parameters the gateway resolved.</summary>
    public IReadOnlyDictionary<string, string>? GatewayPathParameters => _pathParameters;

    /// <summary>The first value of a header (names are case-insensitive).</summary>
    public string? Header(string name) => _headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Every value of a header.</summary>
    public IReadOnlyList<string> Headers(string name) => _headers.TryGetValue(name, out var values) ? values : Array.Empty<string>();

    /// <summary>Every header name.</summary>
    public IEnumerable<string> HeaderNames => _headers.Keys;

    /// <summary>The first value of a query parameter (names are case-sensitive, as in API Gateway).</summary>
    public string? Query(string name) => QueryValues(name) is { Count: > 0 } values ? values[0] : null;

    /// <summary>Every value of a query parameter, in order (repeated keys are kept apart).</summary>
    public IReadOnlyList<string> QueryValues(string name)
    {
        EnsureQuery();
        return _query.TryGetValue(name, out var values) ? values : Array.Empty<string>();
    }

    /// <summary>Request cookies by name.</summary>
    public IReadOnlyDictionary<string, string> Cookies
    {
        get
        {
            if (_cookies is null)
            {
                _cookies = new Dictionary<string, string>(StringComparer.Ordinal);
                IEnumerable<string> raw = _cookieList ?? (IEnumerable<string>)Headers("cookie");
                foreach (var header in raw)
                {
                    foreach (var part in header.Split(';'))
                    {
                        var eq = part.IndexOf('=');
                        if (eq > 0)
                        {
                            _cookies[part.Substring(0, eq).Trim()] = part.Substring(eq + 1).Trim();
                        }
                    }
                }
            }

            return _cookies;
        }
    }

    /// <summary>Parses an API Gateway or function URL event.</summary>
    /// <exception cref="JsonException">The event is not JSON.</exception>
    public static HttpRequest Parse(ReadOnlySpan<byte> json)
    {
        var request = new HttpRequest();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        string? body = null;
        var base64 = false;
        string? v1Resource = null;
        string? stage = null;
        string? httpPath = null;
        string? payloadVersion = null;
        var sawV1Method = false;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An HTTP event is a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "version":
                    payloadVersion = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "routeKey":
                    request.RouteKey = reader.GetString();
                    break;
                case "rawPath":
                    request.Path = reader.GetString() ?? "/";
                    break;
                case "path" when reader.TokenType == JsonTokenType.String:
                    httpPath = reader.GetString();
                    break;
                case "rawQueryString":
                    request._rawQuery = reader.GetString();
                    break;
                case "httpMethod":
                    request.Method = reader.GetString() ?? "GET";
                    sawV1Method = true;
                    break;
                case "resource":
                    v1Resource = reader.GetString();
                    break;
                case "cookies" when reader.TokenType == JsonTokenType.StartArray:
                    request._cookieList = ReadStrings(ref reader);
                    break;
                case "headers" when reader.TokenType == JsonTokenType.StartObject:
                    ReadMap(ref reader, request._headers, splitCommas: false, replace: false);
                    break;
                case "multiValueHeaders" when reader.TokenType == JsonTokenType.StartObject:
                    ReadMultiMap(ref reader, request._headers);
                    break;
                case "queryStringParameters" when reader.TokenType == JsonTokenType.StartObject:
                    ReadMap(ref reader, request._query, splitCommas: false, replace: false);
                    break;
                case "multiValueQueryStringParameters" when reader.TokenType == JsonTokenType.StartObject:
                    request._query.Clear();
                    ReadMultiMap(ref reader, request._query);
                    break;
                case "pathParameters" when reader.TokenType == JsonTokenType.StartObject:
                    var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                    ReadMap(ref reader, map, splitCommas: false, replace: true);
                    request._pathParameters = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var pair in map)
                    {
                        request._pathParameters[pair.Key] = pair.Value[0];
                    }

                    break;
                case "body":
                    body = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "isBase64Encoded":
                    base64 = reader.TokenType == JsonTokenType.True;
                    break;
                case "requestContext" when reader.TokenType == JsonTokenType.StartObject:
                    ReadRequestContext(ref reader, request, ref stage);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (sawV1Method)
        {
            request.Version = HttpPayloadVersion.V1;
            request.Path = httpPath ?? "/";
            request.RouteKey = v1Resource is null || v1Resource.Contains("{proxy+}") ? null : request.Method + " " + v1Resource;
        }
        else if (request.RouteKey == "$default")
        {
            request.RouteKey = null;
        }

        // HTTP APIs with a named stage put it in front of the path (in payload 2.0, and in 1.0 when the event says
        // "version": "1.0"; REST APIs send the path without it); routes never include it.
        if ((request.Version == HttpPayloadVersion.V2 || payloadVersion == "1.0") && stage is { Length: > 0 } && stage != "$default"
            && request.Path.StartsWith("/" + stage, StringComparison.Ordinal)
            && (request.Path.Length == stage.Length + 1 || request.Path[stage.Length + 1] == '/'))
        {
            request.Path = request.Path.Length == stage.Length + 1 ? "/" : request.Path.Substring(stage.Length + 1);
        }

        if (body is not null)
        {
            request.Body = base64 ? Convert.FromBase64String(body) : Encoding.UTF8.GetBytes(body);
        }

        return request;
    }

    private void EnsureQuery()
    {
        // v2 joins repeated keys with commas in queryStringParameters; the raw query string keeps them apart.
        if (_rawQuery is null)
        {
            return;
        }

        var raw = _rawQuery;
        _rawQuery = null;
        _query.Clear();
        foreach (var pair in raw.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var eq = pair.IndexOf('=');
            var key = Decode(eq < 0 ? pair : pair.Substring(0, eq));
            var value = eq < 0 ? "" : Decode(pair.Substring(eq + 1));
            if (!_query.TryGetValue(key, out var list))
            {
                _query[key] = list = new List<string>(1);
            }

            list.Add(value);
        }

        static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
    }

    private static void ReadRequestContext(ref Utf8JsonReader reader, HttpRequest request, ref string? stage)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "requestId":
                    request.RequestId = reader.GetString();
                    break;
                case "stage":
                    stage = reader.GetString();
                    break;
                case "http" when reader.TokenType == JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var field = reader.GetString();
                        reader.Read();
                        if (field == "method" && reader.TokenType == JsonTokenType.String)
                        {
                            request.Method = reader.GetString()!;
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                list.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return list;
    }

    private static void ReadMap(ref Utf8JsonReader reader, Dictionary<string, List<string>> target, bool splitCommas, bool replace)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                continue;
            }

            var value = reader.GetString()!;
            if (!replace && target.ContainsKey(key))
            {
                // v1 sends both headers and multiValueHeaders; the multi-value form is the complete one.
                continue;
            }

            var list = target[key] = new List<string>(1);

            if (splitCommas)
            {
                list.AddRange(value.Split(','));
            }
            else
            {
                list.Add(value);
            }
        }
    }

    private static void ReadMultiMap(ref Utf8JsonReader reader, Dictionary<string, List<string>> target)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            target[key] = ReadStrings(ref reader);
        }
    }
}
