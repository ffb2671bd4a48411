using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace LambdaGen.Events;

/// <summary>One item of a batch that failed and must be delivered again.</summary>
public sealed class BatchItemFailure
{
    /// <summary>Creates an empty failure (for the serializer).</summary>
    public BatchItemFailure()
    {
    }

    /// <summary>Creates a failure for <paramref name="itemIdentifier"/>.</summary>
    /// <param name="itemIdentifier">The SQS message id, or the Kinesis / DynamoDB sequence number.</param>
    public BatchItemFailure(string itemIdentifier) => ItemIdentifier = itemIdentifier;

    /// <summary>The SQS message id, or the Kinesis / DynamoDB Streams sequence number.</summary>
    [JsonPropertyName("itemIdentifier")]
    public string ItemIdentifier { get; set; } = "";
}

/// <summary>
/// The partial batch response of an SQS function: the messages listed are made visible again, the others are deleted.
/// Only honoured when the event source mapping declares <c>ReportBatchItemFailures</c>.
/// </summary>
public sealed class SqsBatchResponse
{
    /// <summary>Creates an empty response (every message succeeded).</summary>
    public SqsBatchResponse()
    {
    }

    /// <summary>Creates a response with the given failures.</summary>
    public SqsBatchResponse(List<BatchItemFailure> batchItemFailures) => BatchItemFailures = batchItemFailures;

    /// <summary>The failed messages, by message id.</summary>
    [JsonPropertyName("batchItemFailures")]
    public List<BatchItemFailure> BatchItemFailures { get; set; } = [];

    /// <summary>Adds a failed message.</summary>
    public SqsBatchResponse Fail(string messageId)
    {
        BatchItemFailures.Add(new BatchItemFailure(messageId));
        return this;
    }
}

/// <summary>
/// The partial batch response of a Kinesis or DynamoDB Streams function. Lambda checkpoints at the lowest sequence
/// number listed and retries from there. Only honoured when the mapping declares <c>ReportBatchItemFailures</c>.
/// </summary>
public sealed class StreamsEventResponse
{
    /// <summary>Creates an empty response (every record succeeded).</summary>
    public StreamsEventResponse()
    {
    }

    /// <summary>Creates a response with the given failures.</summary>
    public StreamsEventResponse(List<BatchItemFailure> batchItemFailures) => BatchItemFailures = batchItemFailures;

    /// <summary>The failed records, by sequence number.</summary>
    [JsonPropertyName("batchItemFailures")]
    public List<BatchItemFailure> BatchItemFailures { get; set; } = [];

    /// <summary>Adds a failed record.</summary>
    public StreamsEventResponse Fail(string sequenceNumber)
    {
        BatchItemFailures.Add(new BatchItemFailure(sequenceNumber));
        return this;
    }
}
