using System;
using System.Collections.Generic;
using System.Text.Json;
using LambdaGen.Hosting;

namespace LambdaGen.Http;

/// <summary>Writes the gateway's response document: v2 (<c>cookies</c>) or v1 (<c>multiValueHeaders</c>).</summary>
internal static class HttpResponseWriter
{
    public static void Write(LambdaInvocation invocation, HttpResponseState response, HttpPayloadVersion version, bool headRequest)
    {
        var writer = invocation.Host.RentWriter(invocation.Output);
        writer.WriteStartObject();
        writer.WriteNumber("statusCode", response.Status);

        var contentType = response.Problem is not null ? "application/problem+json" : response.ContentType;
        if (version == HttpPayloadVersion.V2)
        {
            writer.WriteStartObject("headers");
            if (contentType is not null)
            {
                writer.WriteString("content-type", contentType);
            }

            // v2 has one value per header name: repeated headers are joined with commas, as HTTP allows.
            var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers)
            {
                if (!written.Add(header.Key))
                {
                    continue;
                }

                writer.WriteString(header.Key, Join(response.Headers, header.Key));
            }

            writer.WriteEndObject();
            if (response.Cookies.Count > 0)
            {
                writer.WriteStartArray("cookies");
                foreach (var cookie in response.Cookies)
                {
                    writer.WriteStringValue(cookie);
                }

                writer.WriteEndArray();
            }
        }
        else
        {
            writer.WriteStartObject("multiValueHeaders");
            if (contentType is not null)
            {
                writer.WriteStartArray("Content-Type");
                writer.WriteStringValue(contentType);
                writer.WriteEndArray();
            }

            var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers)
            {
                if (written.Add(header.Key))
                {
                    writer.WriteStartArray(header.Key);
                    foreach (var other in response.Headers)
                    {
                        if (string.Equals(other.Key, header.Key, StringComparison.OrdinalIgnoreCase))
                        {
                            writer.WriteStringValue(other.Value);
                        }
                    }

                    writer.WriteEndArray();
                }
            }

            if (response.Cookies.Count > 0)
            {
                writer.WriteStartArray("Set-Cookie");
                foreach (var cookie in response.Cookies)
                {
                    writer.WriteStringValue(cookie);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        if (headRequest)
        {
            writer.WriteString("body", "");
            writer.WriteBoolean("isBase64Encoded", false);
        }
        else if (response.Problem is { } problem)
        {
            writer.WriteString("body", ProblemJson(problem, invocation.Context.AwsRequestId));
            writer.WriteBoolean("isBase64Encoded", false);
        }
        else if (response.Binary)
        {
            writer.WriteBase64String("body", response.Body.WrittenSpan);
            writer.WriteBoolean("isBase64Encoded", true);
        }
        else
        {
            writer.WriteString("body", response.HasBody ? response.Body.WrittenSpan : ReadOnlySpan<byte>.Empty);
            writer.WriteBoolean("isBase64Encoded", false);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static string Join(List<KeyValuePair<string, string>> headers, string name)
    {
        string? joined = null;
        foreach (var header in headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                joined = joined is null ? header.Value : joined + ", " + header.Value;
            }
        }

        return joined ?? "";
    }

    private static string ProblemJson(ProblemResult problem, string requestId)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", HttpProblem.Type(problem.StatusCode));
            writer.WriteString("title", HttpProblem.Title(problem.StatusCode));
            writer.WriteNumber("status", problem.StatusCode);
            if (problem.Detail is not null)
            {
                writer.WriteString("detail", problem.Detail);
            }

            writer.WriteString("requestId", requestId);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
