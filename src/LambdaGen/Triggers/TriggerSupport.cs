using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LambdaGen.Events;
using LambdaGen.Hosting;
using LambdaGen.Runtime;

// Here rather than in the project file so that the trigger tests' access travels with the trigger code.
[assembly: InternalsVisibleTo("LambdaGen.Triggers.Tests")]

namespace LambdaGen.Triggers;

/// <summary>Reads message bodies as the handler's payload type.</summary>
internal static class Payload
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads <paramref name="text"/> as <typeparamref name="T"/>. A <see cref="string"/> payload takes the text as is
    /// (plain-text messages); any other type needs JSON for <typeparamref name="T"/> that is not <c>null</c>.
    /// </summary>
    public static bool TryRead<T>(string text, JsonTypeInfo<T> typeInfo, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? error)
    {
        if (typeof(T) == typeof(string))
        {
            value = (T)(object)text;
            error = null;
            return true;
        }

        try
        {
            return NotNull(JsonSerializer.Deserialize(text, typeInfo), out value, out error);
        }
        catch (JsonException e)
        {
            value = default;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Reads UTF-8 <paramref name="utf8"/> as <typeparamref name="T"/>; see <see cref="TryRead{T}(string, JsonTypeInfo{T}, out T, out string?)"/>.</summary>
    public static bool TryRead<T>(byte[] utf8, JsonTypeInfo<T> typeInfo, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? error)
    {
        if (typeof(T) == typeof(string))
        {
            try
            {
                value = (T)(object)s_strictUtf8.GetString(utf8);
                error = null;
                return true;
            }
            catch (DecoderFallbackException e)
            {
                value = default;
                error = e.Message;
                return false;
            }
        }

        try
        {
            return NotNull(JsonSerializer.Deserialize(utf8, typeInfo), out value, out error);
        }
        catch (JsonException e)
        {
            value = default;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Reads an optional DynamoDB image as <typeparamref name="T"/>.</summary>
    public static bool TryReadImage<T>(IReadOnlyDictionary<string, DynamoDbAttributeValue>? image, JsonTypeInfo<T> typeInfo, out T? value, [NotNullWhen(false)] out string? error)
    {
        error = null;
        value = default;
        if (image is null)
        {
            return true;
        }

        try
        {
            value = DynamoDbImage.Read(image, typeInfo);
            return true;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return false;
        }
    }

    private static bool NotNull<T>(T? read, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? error)
    {
        if (read is null)
        {
            value = default;
            error = $"The payload is JSON null, not a {typeof(T).Name}.";
            return false;
        }

        value = read;
        error = null;
        return true;
    }
}

/// <summary>Collects batch item failures without duplicates, in the order they were reported.</summary>
internal sealed class FailureSet
{
    private readonly List<BatchItemFailure> _failures = [];
    private HashSet<string>? _seen;

    public int Count => _failures.Count;

    public void Add(string id)
    {
        if ((_seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(id))
        {
            _failures.Add(new BatchItemFailure(id));
        }
    }

    public void AddRange(List<BatchItemFailure>? failures)
    {
        if (failures is null)
        {
            return;
        }

        foreach (var failure in failures)
        {
            if (failure is not null && !string.IsNullOrEmpty(failure.ItemIdentifier))
            {
                Add(failure.ItemIdentifier);
            }
        }
    }

    public List<BatchItemFailure> ToList() => _failures;
}

/// <summary>One log line per failed item, so that a reported failure is never silent.</summary>
internal static class TriggerLog
{
    public static void Unreadable(LambdaInvocation invocation, string what, string id, string error)
        => LambdaLog.Write(invocation.Context.AwsRequestId, LambdaLogLevel.Error, $"{what} {id} was reported failed: its payload could not be read: {error}");

    public static void Failed(LambdaInvocation invocation, string what, string id, Exception exception)
        => LambdaLog.Write(invocation.Context.AwsRequestId, LambdaLogLevel.Error, $"{what} {id} was reported failed: {exception}");

    public static void Skipped(LambdaInvocation invocation, string what, string id, string reason)
        => LambdaLog.Write(invocation.Context.AwsRequestId, LambdaLogLevel.Warning, $"{what} {id} was not processed and was reported failed: {reason}");
}
