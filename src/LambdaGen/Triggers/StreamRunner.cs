using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers;

/// <summary>
/// What Kinesis and DynamoDB Streams share: a batch is one shard in order, and Lambda checkpoints at the lowest
/// sequence number reported failed and retries from there. So processing stops at the first failure and only that
/// record is reported: the records after it are redelivered anyway.
/// </summary>
internal static class StreamRunner
{
    public delegate bool TryConvert<TRecord, TState, TTyped>(TRecord record, TState state, out TTyped typed, out string? error);

    /// <summary>Reads the prefix of the batch up to the first unreadable record and calls the handler with it.</summary>
    public static async ValueTask BatchAsync<TRecord, TState, TTyped, TEvent>(
        LambdaInvocation invocation,
        string what,
        IReadOnlyList<TRecord> records,
        Func<TRecord, string> sequenceNumber,
        TState state,
        TryConvert<TRecord, TState, TTyped> convert,
        Func<List<TTyped>, TEvent> createEvent,
        Func<TEvent, LambdaInvocation, ValueTask<StreamsEventResponse?>> handler)
    {
        var failures = new FailureSet();
        var readable = new List<TTyped>(records.Count);
        foreach (var record in records)
        {
            if (!convert(record, state, out var typed, out var error))
            {
                TriggerLog.Unreadable(invocation, what, sequenceNumber(record), error ?? "unreadable");
                failures.Add(sequenceNumber(record));
                break;
            }

            readable.Add(typed);
        }

        if (readable.Count > 0)
        {
            var response = await handler(createEvent(readable), invocation).ConfigureAwait(false);
            failures.AddRange(response?.BatchItemFailures);
        }

        Respond(invocation, failures);
    }

    /// <summary>Calls the handler with the raw batch and writes its response.</summary>
    public static async ValueTask RawBatchAsync<TEvent>(LambdaInvocation invocation, TEvent batch, Func<TEvent, LambdaInvocation, ValueTask<StreamsEventResponse?>> handler)
    {
        var response = await handler(batch, invocation).ConfigureAwait(false);
        var failures = new FailureSet();
        failures.AddRange(response?.BatchItemFailures);
        Respond(invocation, failures);
    }

    /// <summary>Processes records in order; the first that fails (unreadable, throws, or reached after cancellation) is reported and ends the batch.</summary>
    public static async ValueTask EachAsync<TRecord, TState>(
        LambdaInvocation invocation,
        string what,
        IReadOnlyList<TRecord> records,
        Func<TRecord, string> sequenceNumber,
        TState state,
        Func<TRecord, TState, LambdaInvocation, ValueTask<bool>> process)
    {
        var failures = new FailureSet();
        var token = invocation.CancellationToken;
        foreach (var record in records)
        {
            if (token.IsCancellationRequested)
            {
                TriggerLog.Skipped(invocation, what, sequenceNumber(record), "the invocation is about to time out; the stream resumes here");
                failures.Add(sequenceNumber(record));
                break;
            }

            bool succeeded;
            try
            {
                succeeded = await process(record, state, invocation).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                TriggerLog.Failed(invocation, what, sequenceNumber(record), e);
                succeeded = false;
            }

            if (!succeeded)
            {
                failures.Add(sequenceNumber(record));
                break;
            }
        }

        Respond(invocation, failures);
    }

    private static void Respond(LambdaInvocation invocation, FailureSet failures)
        => invocation.Write(new StreamsEventResponse(failures.ToList()), LambdaGenEventsJsonContext.Default.StreamsEventResponse);
}
