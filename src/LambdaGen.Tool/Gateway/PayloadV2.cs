using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace LambdaGen.Tool.Gateway;

/// <summary>
/// API Gateway HTTP API payload format 2.0: the event built from a request, and the function's answer read back.
/// </summary>
public static class PayloadV2
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The event for <paramref name="request"/> routed to <paramref name="match"/>. As the gateway does: header names
    /// are lower-cased and repeated headers joined with commas, the Cookie header becomes <c>cookies</c>, repeated
    /// query parameters are joined with commas, and a body that is not text is base64-encoded.
    /// </summary>
    public static byte[] CreateEvent(GatewayRequest request, RouteMatch match, string requestId, string apiId = "lambdagen", string stage = "$default")
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var cookies = new List<string>();
        foreach (var (name, value) in request.Headers)
        {
            var key = name.ToLowerInvariant();
            if (key == "cookie")
            {
                cookies.AddRange(value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                continue;
            }

            headers[key] = headers.TryGetValue(key, out var existing) ? existing + "," + value : value;
        }

        var query = ParseQuery(request.RawQueryString);
        var (body, base64) = EncodeBody(request.Body, headers.TryGetValue("content-type", out var contentType) ? contentType : null);
        var domain = request.Host.Length > 0 ? request.Host : "localhost";
        var routeKey = match.Route.RouteKey;

        return Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("version", "2.0");
            w.WriteString("routeKey", routeKey);
            w.WriteString("rawPath", request.RawPath);
            w.WriteString("rawQueryString", request.RawQueryString);
            if (cookies.Count > 0)
            {
                w.WriteStartArray("cookies");
                foreach (var cookie in cookies)
                {
                    w.WriteStringValue(cookie);
                }

                w.WriteEndArray();
            }

            WriteMap(w, "headers", headers);
            if (query.Count > 0)
            {
                WriteMap(w, "queryStringParameters", query);
            }

            w.WriteStartObject("requestContext");
            w.WriteString("accountId", "123456789012");
            w.WriteString("apiId", apiId);
            w.WriteString("domainName", domain);
            w.WriteString("domainPrefix", domain.Split('.', ':')[0]);
            w.WriteStartObject("http");
            w.WriteString("method", request.Method);
            w.WriteString("path", Uri.UnescapeDataString(request.RawPath));
            w.WriteString("protocol", "HTTP/1.1");
            w.WriteString("sourceIp", request.SourceIp);
            w.WriteString("userAgent", headers.TryGetValue("user-agent", out var agent) ? agent : "");
            w.WriteEndObject();
            w.WriteString("requestId", requestId);
            w.WriteString("routeKey", routeKey);
            w.WriteString("stage", stage);
            w.WriteString("time", request.Time.ToUniversalTime().ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture));
            w.WriteNumber("timeEpoch", request.Time.ToUnixTimeMilliseconds());
            w.WriteEndObject();
            if (body is not null)
            {
                w.WriteString("body", body);
            }

            if (match.PathParameters.Count > 0)
            {
                WriteMap(w, "pathParameters", match.PathParameters);
            }

            w.WriteBoolean("isBase64Encoded", base64);
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Reads the function's answer as the gateway does for format 2.0: an object with <c>statusCode</c> is a
    /// response (headers, cookies, body, isBase64Encoded); any other valid JSON is a 200 whose body is that JSON.
    /// Null when the answer is malformed (the gateway's 502).
    /// </summary>
    public static GatewayResponse? ReadResponse(ReadOnlyMemory<byte> payload)
    {
        if (payload.IsEmpty)
        {
            return new GatewayResponse(200, Array.Empty<KeyValuePair<string, string>>(), Array.Empty<string>(), Array.Empty<byte>());
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("statusCode", out var statusElement))
            {
                return new GatewayResponse(200, new[] { new KeyValuePair<string, string>("content-type", "application/json") }, Array.Empty<string>(), payload.ToArray());
            }

            if (!TryStatus(statusElement, out var status))
            {
                return null;
            }

            var headers = new List<KeyValuePair<string, string>>();
            if (root.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
            {
                foreach (var header in h.EnumerateObject())
                {
                    headers.Add(new(header.Name, Text(header.Value)));
                }
            }

            var cookies = new List<string>();
            if (root.TryGetProperty("cookies", out var c) && c.ValueKind == JsonValueKind.Array)
            {
                cookies.AddRange(c.EnumerateArray().Where(static x => x.ValueKind == JsonValueKind.String).Select(static x => x.GetString()!));
            }

            var base64 = root.TryGetProperty("isBase64Encoded", out var b) && b.ValueKind == JsonValueKind.True;
            byte[] body = Array.Empty<byte>();
            if (root.TryGetProperty("body", out var bodyElement) && bodyElement.ValueKind != JsonValueKind.Null)
            {
                var text = bodyElement.ValueKind == JsonValueKind.String ? bodyElement.GetString()! : bodyElement.GetRawText();
                if (base64)
                {
                    try
                    {
                        body = Convert.FromBase64String(text);
                    }
                    catch (FormatException)
                    {
                        return null;
                    }
                }
                else
                {
                    body = Encoding.UTF8.GetBytes(text);
                }
            }

            return new GatewayResponse(status, headers, cookies, body);
        }
    }

    /// <summary>Query parameters, percent-decoded, repeated names joined with commas.</summary>
    internal static SortedDictionary<string, string> ParseQuery(string rawQuery)
    {
        var query = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals >= 0 ? pair.Substring(0, equals) : pair);
            var value = equals >= 0 ? Uri.UnescapeDataString(pair.Substring(equals + 1)) : "";
            query[name] = query.TryGetValue(name, out var existing) ? existing + "," + value : value;
        }

        return query;
    }

    private static (string? Body, bool Base64) EncodeBody(ReadOnlyMemory<byte> body, string? contentType)
    {
        if (body.IsEmpty)
        {
            return (null, false);
        }

        if (IsText(contentType))
        {
            try
            {
                return (StrictUtf8.GetString(body.Span), false);
            }
            catch (DecoderFallbackException)
            {
                // Declared as text but not UTF-8: pass it on intact.
            }
        }

        return (Convert.ToBase64String(body.Span), true);
    }

    private static bool IsText(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var media = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return media.StartsWith("text/", StringComparison.Ordinal)
            || media is "application/json" or "application/xml" or "application/javascript" or "application/x-www-form-urlencoded" or "application/graphql"
            || media.EndsWith("+json", StringComparison.Ordinal)
            || media.EndsWith("+xml", StringComparison.Ordinal);
    }

    private static bool TryStatus(JsonElement element, out int status)
    {
        status = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt32(out status) && status is >= 100 and <= 599,
            JsonValueKind.String => int.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out status) && status is >= 100 and <= 599,
            _ => false,
        };
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static void WriteMap(Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, string>> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }
}
