using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers;

/// <summary>
/// Entry-point helpers for DynamoDB Streams functions. Every helper answers with a <see cref="StreamsEventResponse"/>,
/// so the event source mapping must declare <c>ReportBatchItemFailures</c>. Lambda resumes the shard at the lowest
/// sequence number reported, so processing stops at the first record that fails and only that record is reported.
/// </summary>
public static class DynamoDbStreamTrigger
{
    private const string What = "DynamoDB stream record";

    /// <summary>
    /// Batch handler with typed images (<c>NewImage</c> and <c>OldImage</c> read as <typeparamref name="T"/> through
    /// <see cref="DynamoDbImage"/>). The handler receives the records before the first one whose images cannot be
    /// read; that one is reported failed.
    /// </summary>
    public static ValueTask RunBatchAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> item, Func<DynamoDbStreamEvent<T>, LambdaInvocation, ValueTask<StreamsEventResponse?>> handler)
        => StreamRunner.BatchAsync(
            invocation, What, ReadEvent(invocation).Records, static r => r.SequenceNumber, item,
            static (DynamoDbStreamRecord record, JsonTypeInfo<T> info, out DynamoDbStreamRecord<T> typed, out string? error) =>
            {
                var ok = TryRead(record, info, out var read, out error);
                typed = read!;
                return ok;
            },
            static list => new DynamoDbStreamEvent<T>(list),
            handler);

    /// <summary>Batch handler with the records as delivered; the handler's response is written as is.</summary>
    public static ValueTask RunBatchAsync(LambdaInvocation invocation, Func<DynamoDbStreamEvent, LambdaInvocation, ValueTask<StreamsEventResponse?>> handler)
        => StreamRunner.RawBatchAsync(invocation, ReadEvent(invocation), handler);

    /// <summary>Single-record handler with typed images: called in order until a record fails, which is reported.</summary>
    public static ValueTask RunEachAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> item, Func<DynamoDbStreamRecord<T>, LambdaInvocation, ValueTask> handler)
        => StreamRunner.EachAsync(invocation, What, ReadEvent(invocation).Records, static r => r.SequenceNumber, (item, handler), static async (record, state, inv) =>
        {
            if (!TryRead(record, state.item, out var typed, out var error))
            {
                TriggerLog.Unreadable(inv, What, record.SequenceNumber, error);
                return false;
            }

            await state.handler(typed, inv).ConfigureAwait(false);
            return true;
        });

    /// <summary>Single-record handler with the records as delivered; see <see cref="RunEachAsync{T}"/>.</summary>
    public static ValueTask RunEachAsync(LambdaInvocation invocation, Func<DynamoDbStreamRecord, LambdaInvocation, ValueTask> handler)
        => StreamRunner.EachAsync(invocation, What, ReadEvent(invocation).Records, static r => r.SequenceNumber, handler, static async (record, state, inv) =>
        {
            await state(record, inv).ConfigureAwait(false);
            return true;
        });

    private static bool TryRead<T>(DynamoDbStreamRecord record, JsonTypeInfo<T> info, [NotNullWhen(true)] out DynamoDbStreamRecord<T>? typed, [NotNullWhen(false)] out string? error)
    {
        typed = null;
        if (!Payload.TryReadImage(record.DynamoDb.NewImage, info, out var newImage, out error)
            || !Payload.TryReadImage(record.DynamoDb.OldImage, info, out var oldImage, out error))
        {
            return false;
        }

        typed = new DynamoDbStreamRecord<T>(record, newImage, oldImage);
        return true;
    }

    private static DynamoDbStreamEvent ReadEvent(LambdaInvocation invocation) => invocation.ReadEvent(LambdaGenEventsJsonContext.Default.DynamoDbStreamEvent);
}
