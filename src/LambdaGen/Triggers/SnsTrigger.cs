using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers;

/// <summary>
/// Entry-point helpers for SNS functions. SNS invokes asynchronously with one record and has no partial failure: a
/// message that cannot be read or a handler that throws fails the invocation, which Lambda retries (twice by
/// default) and then sends to the on-failure destination or dead-letter queue. The response is empty.
/// </summary>
public static class SnsTrigger
{
    /// <summary>Handler for the whole event with typed messages.</summary>
    /// <exception cref="LambdaEventException">A message is not JSON for <typeparamref name="T"/>.</exception>
    public static ValueTask RunAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> message, Func<SnsEvent<T>, LambdaInvocation, ValueTask> handler)
    {
        var records = ReadEvent(invocation).Records;
        var typed = new List<SnsMessage<T>>(records.Count);
        foreach (var record in records)
        {
            typed.Add(Read(record, message));
        }

        return handler(new SnsEvent<T>(typed), invocation);
    }

    /// <summary>Handler for the whole event as delivered.</summary>
    public static ValueTask RunAsync(LambdaInvocation invocation, Func<SnsEvent, LambdaInvocation, ValueTask> handler)
        => handler(ReadEvent(invocation), invocation);

    /// <summary>Handler for one typed message, called for each record in order; the first failure ends the invocation.</summary>
    /// <exception cref="LambdaEventException">A message is not JSON for <typeparamref name="T"/>.</exception>
    public static async ValueTask RunEachAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> message, Func<SnsMessage<T>, LambdaInvocation, ValueTask> handler)
    {
        foreach (var record in ReadEvent(invocation).Records)
        {
            await handler(Read(record, message), invocation).ConfigureAwait(false);
        }
    }

    /// <summary>Handler for one notification as delivered, called for each record in order.</summary>
    public static async ValueTask RunEachAsync(LambdaInvocation invocation, Func<SnsMessage, LambdaInvocation, ValueTask> handler)
    {
        foreach (var record in ReadEvent(invocation).Records)
        {
            await handler(record.Sns, invocation).ConfigureAwait(false);
        }
    }

    private static SnsMessage<T> Read<T>(SnsRecord record, JsonTypeInfo<T> message)
        => Payload.TryRead(record.Sns.Message, message, out var value, out var error)
            ? new SnsMessage<T>(record, value)
            : throw new LambdaEventException($"SNS message {record.Sns.MessageId} is not valid for {typeof(T).Name}: {error}");

    private static SnsEvent ReadEvent(LambdaInvocation invocation) => invocation.ReadEvent(LambdaGenEventsJsonContext.Default.SnsEvent);
}
