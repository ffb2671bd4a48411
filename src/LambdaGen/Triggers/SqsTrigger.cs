using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers;

/// <summary>
/// Entry-point helpers for SQS functions. Every helper answers with an <see cref="SqsBatchResponse"/>, so the event
/// source mapping must declare <c>ReportBatchItemFailures</c>: a message listed there is retried, the others are deleted.
/// On FIFO queues, once a message of a group fails, the later messages of that group in the batch are reported failed
/// without being processed, so that SQS redelivers the group in order; other groups go on.
/// </summary>
public static class SqsTrigger
{
    private const string What = "SQS message";

    /// <summary>
    /// Batch handler with typed bodies. A message whose body is not JSON for <typeparamref name="T"/> is reported failed
    /// and left out of the batch; the response merges those failures with the ones the handler returns.
    /// </summary>
    /// <param name="invocation">The invocation.</param>
    /// <param name="body">Metadata for the body type.</param>
    /// <param name="handler">Called once with the readable messages (not called when none is); may return <c>null</c>.</param>
    public static async ValueTask RunBatchAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> body, Func<SqsEvent<T>, LambdaInvocation, ValueTask<SqsBatchResponse?>> handler)
    {
        var batch = ReadEvent(invocation);
        var failures = new FailureSet();
        var fifo = new FifoGroups();
        var messages = new List<SqsMessage<T>>(batch.Records.Count);
        foreach (var message in batch.Records)
        {
            if (fifo.IsBlocked(message))
            {
                TriggerLog.Skipped(invocation, What, message.MessageId, "an earlier message of its FIFO group failed");
                failures.Add(message.MessageId);
            }
            else if (Payload.TryRead(message.Body, body, out var value, out var error))
            {
                messages.Add(new SqsMessage<T>(message, value));
            }
            else
            {
                TriggerLog.Unreadable(invocation, What, message.MessageId, error);
                failures.Add(message.MessageId);
                fifo.Block(message);
            }
        }

        if (messages.Count > 0)
        {
            var response = await handler(new SqsEvent<T>(messages), invocation).ConfigureAwait(false);
            failures.AddRange(response?.BatchItemFailures);
        }

        Respond(invocation, failures);
    }

    /// <summary>Batch handler with the messages as delivered; the handler's response is written as is.</summary>
    public static async ValueTask RunBatchAsync(LambdaInvocation invocation, Func<SqsEvent, LambdaInvocation, ValueTask<SqsBatchResponse?>> handler)
    {
        var batch = ReadEvent(invocation);
        var response = await handler(batch, invocation).ConfigureAwait(false);
        var failures = new FailureSet();
        failures.AddRange(response?.BatchItemFailures);
        Respond(invocation, failures);
    }

    /// <summary>
    /// Single-message handler with typed bodies: called once per message, in order. A message that cannot be read,
    /// whose handler throws, or that is reached after the invocation's cancellation token fired is reported failed;
    /// the others are deleted.
    /// </summary>
    public static ValueTask RunEachAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> body, Func<SqsMessage<T>, LambdaInvocation, ValueTask> handler)
        => EachAsync(invocation, (body, handler), static async (message, state, inv) =>
        {
            if (!Payload.TryRead(message.Body, state.body, out var value, out var error))
            {
                TriggerLog.Unreadable(inv, What, message.MessageId, error);
                return false;
            }

            await state.handler(new SqsMessage<T>(message, value), inv).ConfigureAwait(false);
            return true;
        });

    /// <summary>Single-message handler with the messages as delivered; see <see cref="RunEachAsync{T}"/>.</summary>
    public static ValueTask RunEachAsync(LambdaInvocation invocation, Func<SqsMessage, LambdaInvocation, ValueTask> handler)
        => EachAsync(invocation, handler, static async (message, state, inv) =>
        {
            await state(message, inv).ConfigureAwait(false);
            return true;
        });

    private static async ValueTask EachAsync<TState>(LambdaInvocation invocation, TState state, Func<SqsMessage, TState, LambdaInvocation, ValueTask<bool>> process)
    {
        var batch = ReadEvent(invocation);
        var failures = new FailureSet();
        var fifo = new FifoGroups();
        var token = invocation.CancellationToken;
        foreach (var message in batch.Records)
        {
            if (fifo.IsBlocked(message))
            {
                TriggerLog.Skipped(invocation, What, message.MessageId, "an earlier message of its FIFO group failed");
                failures.Add(message.MessageId);
                continue;
            }

            if (token.IsCancellationRequested)
            {
                // Near the deadline: hand the rest back to the queue instead of being killed mid-batch.
                TriggerLog.Skipped(invocation, What, message.MessageId, "the invocation is about to time out");
                failures.Add(message.MessageId);
                continue;
            }

            bool succeeded;
            try
            {
                succeeded = await process(message, state, invocation).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                TriggerLog.Failed(invocation, What, message.MessageId, e);
                succeeded = false;
            }

            if (!succeeded)
            {
                failures.Add(message.MessageId);
                fifo.Block(message);
            }
        }

        Respond(invocation, failures);
    }

    private static SqsEvent ReadEvent(LambdaInvocation invocation) => invocation.ReadEvent(LambdaGenEventsJsonContext.Default.SqsEvent);

    private static void Respond(LambdaInvocation invocation, FailureSet failures)
        => invocation.Write(new SqsBatchResponse(failures.ToList()), LambdaGenEventsJsonContext.Default.SqsBatchResponse);

    /// <summary>The FIFO message groups that already had a failure in this batch.</summary>
    private struct FifoGroups
    {
        private HashSet<string>? _failed;

        public readonly bool IsBlocked(SqsMessage message)
            => _failed is not null && message.MessageGroupId is { } group && _failed.Contains(group);

        public void Block(SqsMessage message)
        {
            if (message.MessageGroupId is { } group)
            {
                (_failed ??= new HashSet<string>(StringComparer.Ordinal)).Add(group);
            }
        }
    }
}
