using System;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers;

/// <summary>
/// Entry-point helpers for Kinesis functions. Every helper answers with a <see cref="StreamsEventResponse"/>, so the
/// event source mapping must declare <c>ReportBatchItemFailures</c>. Lambda resumes the shard at the lowest sequence
/// number reported, so processing stops at the first record that fails and only that record is reported.
/// </summary>
public static class KinesisTrigger
{
    private const string What = "Kinesis record";

    /// <summary>
    /// Batch handler with typed data (UTF-8 JSON, or text for <see cref="string"/>). The handler receives the records
    /// before the first one whose data cannot be read; that one is reported failed.
    /// </summary>
    public static ValueTask RunBatchAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> data, Func<KinesisEvent<T>, LambdaInvocation, ValueTask<StreamsEventResponse?>> handler)
        => StreamRunner.BatchAsync(
            invocation, What, ReadEvent(invocation).Records, static r => r.SequenceNumber, data,
            static (KinesisEventRecord record, JsonTypeInfo<T> info, out KinesisEventRecord<T> typed, out string? error) =>
            {
                var ok = Payload.TryRead(record.Kinesis.Data, info, out var value, out error);
                typed = ok ? new KinesisEventRecord<T>(record, value!) : null!;
                return ok;
            },
            static list => new KinesisEvent<T>(list),
            handler);

    /// <summary>Batch handler with the records as delivered; the handler's response is written as is.</summary>
    public static ValueTask RunBatchAsync(LambdaInvocation invocation, Func<KinesisEvent, LambdaInvocation, ValueTask<StreamsEventResponse?>> handler)
        => StreamRunner.RawBatchAsync(invocation, ReadEvent(invocation), handler);

    /// <summary>Single-record handler with typed data: called in order until a record fails, which is reported.</summary>
    public static ValueTask RunEachAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> data, Func<KinesisEventRecord<T>, LambdaInvocation, ValueTask> handler)
        => StreamRunner.EachAsync(invocation, What, ReadEvent(invocation).Records, static r => r.SequenceNumber, (data, handler), static async (record, state, inv) =>
        {
            if (!Payload.TryRead(record.Kinesis.Data, state.data, out var value, out var error))
            {
                TriggerLog.Unreadable(inv, What, record.SequenceNumber, error);
                return false;
            }

            await state.handler(new KinesisEventRecord<T>(record, value), inv).ConfigureAwait(false);
            return true;
        });

    /// <summary>Single-record handler with the records as delivered; see <see cref="RunEachAsync{T}"/>.</summary>
    public static ValueTask RunEachAsync(LambdaInvocation invocation, Func<KinesisEventRecord, LambdaInvocation, ValueTask> handler)
        => StreamRunner.EachAsync(invocation, What, ReadEvent(invocation).Records, static r => r.SequenceNumber, handler, static async (record, state, inv) =>
        {
            await state(record, inv).ConfigureAwait(false);
            return true;
        });

    private static KinesisEvent ReadEvent(LambdaInvocation invocation) => invocation.ReadEvent(LambdaGenEventsJsonContext.Default.KinesisEvent);
}
