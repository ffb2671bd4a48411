using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace LambdaGen.Events;

/// <summary>A batch of Kinesis records (one shard, in order).</summary>
public sealed class KinesisEvent
{
    /// <summary>The records.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<KinesisEventRecord> Records { get; set; } = [];
}

/// <summary>One Kinesis record with its envelope.</summary>
public sealed class KinesisEventRecord
{
    /// <summary>The record: partition key, sequence number and data.</summary>
    [JsonPropertyName("kinesis")]
    public KinesisRecord Kinesis { get; set; } = new();

    /// <summary><c>aws:kinesis</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string? EventSource { get; set; }

    /// <summary>The record format version.</summary>
    [JsonPropertyName("eventVersion")]
    public string? EventVersion { get; set; }

    /// <summary><c>shardId-...:sequenceNumber</c>.</summary>
    [JsonPropertyName("eventID")]
    public string? EventId { get; set; }

    /// <summary><c>aws:kinesis:record</c>.</summary>
    [JsonPropertyName("eventName")]
    public string? EventName { get; set; }

    /// <summary>The role Lambda read the stream with.</summary>
    [JsonPropertyName("invokeIdentityArn")]
    public string? InvokeIdentityArn { get; set; }

    /// <summary>The stream's region.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; set; }

    /// <summary>The stream ARN.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string? EventSourceArn { get; set; }

    /// <summary>The sequence number: the identifier of a batch item failure.</summary>
    [JsonIgnore]
    public string SequenceNumber => Kinesis.SequenceNumber;
}

/// <summary>The <c>kinesis</c> part of a record.</summary>
public sealed class KinesisRecord
{
    /// <summary>The schema version (<c>1.0</c>).</summary>
    [JsonPropertyName("kinesisSchemaVersion")]
    public string? KinesisSchemaVersion { get; set; }

    /// <summary>The partition key.</summary>
    [JsonPropertyName("partitionKey")]
    public string PartitionKey { get; set; } = "";

    /// <summary>The sequence number within the shard.</summary>
    [JsonPropertyName("sequenceNumber")]
    public string SequenceNumber { get; set; } = "";

    /// <summary>The data blob, decoded from base64.</summary>
    [JsonPropertyName("data")]
    public byte[] Data { get; set; } = [];

    /// <summary>When the record arrived, in Unix seconds with a fraction.</summary>
    [JsonPropertyName("approximateArrivalTimestamp")]
    public double ApproximateArrivalTimestamp { get; set; }

    /// <summary><c>NONE</c> or <c>KMS</c>, when set.</summary>
    [JsonPropertyName("encryptionType")]
    public string? EncryptionType { get; set; }

    /// <summary>When the record arrived.</summary>
    [JsonIgnore]
    public DateTimeOffset ApproximateArrivalTime => DateTimeOffset.FromUnixTimeMilliseconds((long)(ApproximateArrivalTimestamp * 1000));
}

/// <summary>A batch of Kinesis records whose data was read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class KinesisEvent<T>
{
    /// <summary>Creates the batch.</summary>
    public KinesisEvent(IReadOnlyList<KinesisEventRecord<T>> records) => Records = records;

    /// <summary>The records, in shard order, up to (not including) the first record whose data could not be read.</summary>
    public IReadOnlyList<KinesisEventRecord<T>> Records { get; }
}

/// <summary>A Kinesis record whose data was read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class KinesisEventRecord<T>
{
    /// <summary>Pairs a record with its data.</summary>
    public KinesisEventRecord(KinesisEventRecord record, T data)
    {
        Record = record;
        Data = data;
    }

    /// <summary>The record as delivered (raw bytes).</summary>
    public KinesisEventRecord Record { get; }

    /// <summary>The data.</summary>
    public T Data { get; }

    /// <summary>The partition key.</summary>
    public string PartitionKey => Record.Kinesis.PartitionKey;

    /// <summary>The sequence number.</summary>
    public string SequenceNumber => Record.Kinesis.SequenceNumber;

    /// <summary>When the record arrived.</summary>
    public DateTimeOffset ApproximateArrivalTime => Record.Kinesis.ApproximateArrivalTime;
}
