using System;
using System.Buffers;
using System.Text.Json;

namespace LambdaGen.Runtime;

/// <summary>The Runtime API error document: <c>{"errorMessage","errorType","stackTrace"}</c>.</summary>
public static class ErrorBody
{
    /// <summary>Writes the error document.</summary>
    public static ReadOnlyMemory<byte> Write(string errorType, string errorMessage, string? stackTrace)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        // Relaxed escaping keeps quotes and apostrophes readable in logs; the document is never embedded in HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", errorMessage);
            writer.WriteString("errorType", errorType);
            writer.WriteStartArray("stackTrace");
            if (stackTrace is not null)
            {
                foreach (var line in stackTrace.Split('\n'))
                {
                    var trimmed = line.Trim();
                    if (trimmed.Length > 0)
                    {
                        writer.WriteStringValue(trimmed);
                    }
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
