using System;
using System.Buffers;
using System.Text.Json;

namespace LambdaGen.Tool;

/// <summary>Small JSON helpers on Utf8JsonWriter (no reflection-based serialization in the tool).</summary>
internal static class Json
{
    /// <summary>Writes a JSON document with <paramref name="write"/> and returns its bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The Lambda error shape <c>{"errorMessage","errorType"}</c>.</summary>
    public static byte[] ErrorBody(string errorType, string message) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("errorMessage", message);
        w.WriteString("errorType", errorType);
        w.WriteEndObject();
    });

    /// <summary>API Gateway's own error shape <c>{"message"}</c>.</summary>
    public static byte[] GatewayMessage(string message) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("message", message);
        w.WriteEndObject();
    });
}
