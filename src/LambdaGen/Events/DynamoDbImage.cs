using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LambdaGen.Events;

/// <summary>
/// Turns DynamoDB attribute maps into plain JSON and reads them as .NET types: <c>S</c> becomes a string, <c>N</c> a
/// number, <c>BOOL</c> a boolean, <c>NULL</c> null, <c>M</c> an object, <c>L</c> an array, <c>SS</c>/<c>NS</c> arrays of
/// strings/numbers, <c>B</c>/<c>BS</c> base64 strings (which System.Text.Json reads into <c>byte[]</c>).
/// </summary>
public static class DynamoDbImage
{
    /// <summary>Reads an item image as <typeparamref name="T"/>.</summary>
    /// <exception cref="JsonException">The image does not fit <typeparamref name="T"/>.</exception>
    public static T? Read<T>(IReadOnlyDictionary<string, DynamoDbAttributeValue> image, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, image);
        }

        return JsonSerializer.Deserialize(buffer.WrittenSpan, typeInfo);
    }

    /// <summary>Writes an item image as a plain JSON object.</summary>
    /// <exception cref="JsonException">An attribute value has no member set, or a number is not a valid number.</exception>
    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, DynamoDbAttributeValue> image)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in image)
        {
            writer.WritePropertyName(name);
            Write(writer, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one attribute value as plain JSON.</summary>
    /// <exception cref="JsonException">The value has no member set, or a number is not a valid number.</exception>
    public static void Write(Utf8JsonWriter writer, DynamoDbAttributeValue value)
    {
        if (value.S is { } s)
        {
            writer.WriteStringValue(s);
        }
        else if (value.N is { } n)
        {
            WriteNumber(writer, n);
        }
        else if (value.BOOL is { } b)
        {
            writer.WriteBooleanValue(b);
        }
        else if (value.NULL == true)
        {
            writer.WriteNullValue();
        }
        else if (value.M is { } map)
        {
            Write(writer, map);
        }
        else if (value.L is { } list)
        {
            writer.WriteStartArray();
            foreach (var item in list)
            {
                Write(writer, item);
            }

            writer.WriteEndArray();
        }
        else if (value.B is { } bytes)
        {
            writer.WriteBase64StringValue(bytes);
        }
        else if (value.SS is { } strings)
        {
            writer.WriteStartArray();
            foreach (var item in strings)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }
        else if (value.NS is { } numbers)
        {
            writer.WriteStartArray();
            foreach (var item in numbers)
            {
                WriteNumber(writer, item);
            }

            writer.WriteEndArray();
        }
        else if (value.BS is { } blobs)
        {
            writer.WriteStartArray();
            foreach (var item in blobs)
            {
                writer.WriteBase64StringValue(item);
            }

            writer.WriteEndArray();
        }
        else
        {
            throw new JsonException("A DynamoDB attribute value has none of S, N, B, SS, NS, BS, M, L, NULL, BOOL.");
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string number)
    {
        if (number.Length == 0 || !(number[0] == '-' || char.IsAsciiDigit(number[0])))
        {
            throw new JsonException($"'{number}' is not a valid DynamoDB number.");
        }

        try
        {
            // Written verbatim so that 38-digit DynamoDB numbers keep their precision for decimal targets.
            writer.WriteRawValue(number);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"'{number}' is not a valid DynamoDB number.", e);
        }
    }
}
