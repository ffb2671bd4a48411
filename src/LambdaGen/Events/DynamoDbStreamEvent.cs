using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;

namespace LambdaGen.Events;

/// <summary>A batch of DynamoDB Streams records (one shard, in order).</summary>
public sealed class DynamoDbStreamEvent
{
    /// <summary>The records.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<DynamoDbStreamRecord> Records { get; set; } = [];
}

/// <summary>One change to a DynamoDB item.</summary>
public sealed class DynamoDbStreamRecord
{
    /// <summary>A unique id of the record.</summary>
    [JsonPropertyName("eventID")]
    public string? EventId { get; set; }

    /// <summary><c>INSERT</c>, <c>MODIFY</c> or <c>REMOVE</c>.</summary>
    [JsonPropertyName("eventName")]
    public string EventName { get; set; } = "";

    /// <summary>The record format version.</summary>
    [JsonPropertyName("eventVersion")]
    public string? EventVersion { get; set; }

    /// <summary><c>aws:dynamodb</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string? EventSource { get; set; }

    /// <summary>The table's region.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; set; }

    /// <summary>The stream ARN.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string? EventSourceArn { get; set; }

    /// <summary>Present when DynamoDB itself made the change (TTL expiry: type <c>Service</c>, principal <c>dynamodb.amazonaws.com</c>).</summary>
    [JsonPropertyName("userIdentity")]
    public DynamoDbUserIdentity? UserIdentity { get; set; }

    /// <summary>The keys, images and sequence number.</summary>
    [JsonPropertyName("dynamodb")]
    public DynamoDbStreamChange DynamoDb { get; set; } = new();

    /// <summary>The sequence number: the identifier of a batch item failure.</summary>
    [JsonIgnore]
    public string SequenceNumber => DynamoDb.SequenceNumber;
}

/// <summary>Who made a change that DynamoDB made itself.</summary>
public sealed class DynamoDbUserIdentity
{
    /// <summary><c>Service</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary><c>dynamodb.amazonaws.com</c>.</summary>
    [JsonPropertyName("principalId")]
    public string? PrincipalId { get; set; }
}

/// <summary>The <c>dynamodb</c> part of a stream record.</summary>
public sealed class DynamoDbStreamChange
{
    /// <summary>When the change was made, in Unix seconds.</summary>
    [JsonPropertyName("ApproximateCreationDateTime")]
    public double ApproximateCreationDateTime { get; set; }

    /// <summary>The primary key of the item.</summary>
    [JsonPropertyName("Keys")]
    public IReadOnlyDictionary<string, DynamoDbAttributeValue> Keys { get; set; } = ReadOnlyDictionary<string, DynamoDbAttributeValue>.Empty;

    /// <summary>The item after the change (view types <c>NEW_IMAGE</c>, <c>NEW_AND_OLD_IMAGES</c>).</summary>
    [JsonPropertyName("NewImage")]
    public IReadOnlyDictionary<string, DynamoDbAttributeValue>? NewImage { get; set; }

    /// <summary>The item before the change (view types <c>OLD_IMAGE</c>, <c>NEW_AND_OLD_IMAGES</c>).</summary>
    [JsonPropertyName("OldImage")]
    public IReadOnlyDictionary<string, DynamoDbAttributeValue>? OldImage { get; set; }

    /// <summary>The sequence number of the record.</summary>
    [JsonPropertyName("SequenceNumber")]
    public string SequenceNumber { get; set; } = "";

    /// <summary>The size of the record in bytes.</summary>
    [JsonPropertyName("SizeBytes")]
    public long SizeBytes { get; set; }

    /// <summary><c>KEYS_ONLY</c>, <c>NEW_IMAGE</c>, <c>OLD_IMAGE</c> or <c>NEW_AND_OLD_IMAGES</c>.</summary>
    [JsonPropertyName("StreamViewType")]
    public string? StreamViewType { get; set; }

    /// <summary>When the change was made.</summary>
    [JsonIgnore]
    public DateTimeOffset ApproximateCreationTime => DateTimeOffset.FromUnixTimeMilliseconds((long)(ApproximateCreationDateTime * 1000));
}

/// <summary>
/// A DynamoDB attribute value: exactly one member is set. Numbers stay strings (DynamoDB numbers have 38 digits of
/// precision); binary values are decoded from base64.
/// </summary>
public sealed class DynamoDbAttributeValue
{
    /// <summary>A string.</summary>
    [JsonPropertyName("S")]
    public string? S { get; set; }

    /// <summary>A number, as text.</summary>
    [JsonPropertyName("N")]
    public string? N { get; set; }

    /// <summary>A binary value.</summary>
    [JsonPropertyName("B")]
    public byte[]? B { get; set; }

    /// <summary>A string set.</summary>
    [JsonPropertyName("SS")]
    public IReadOnlyList<string>? SS { get; set; }

    /// <summary>A number set, as text.</summary>
    [JsonPropertyName("NS")]
    public IReadOnlyList<string>? NS { get; set; }

    /// <summary>A binary set.</summary>
    [JsonPropertyName("BS")]
    public IReadOnlyList<byte[]>? BS { get; set; }

    /// <summary>A map.</summary>
    [JsonPropertyName("M")]
    public IReadOnlyDictionary<string, DynamoDbAttributeValue>? M { get; set; }

    /// <summary>A list.</summary>
    [JsonPropertyName("L")]
    public IReadOnlyList<DynamoDbAttributeValue>? L { get; set; }

    /// <summary><c>true</c> for a null value.</summary>
    [JsonPropertyName("NULL")]
    public bool? NULL { get; set; }

    /// <summary>A boolean.</summary>
    [JsonPropertyName("BOOL")]
    public bool? BOOL { get; set; }
}

/// <summary>A batch of DynamoDB Streams records whose images were read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class DynamoDbStreamEvent<T>
{
    /// <summary>Creates the batch.</summary>
    public DynamoDbStreamEvent(IReadOnlyList<DynamoDbStreamRecord<T>> records) => Records = records;

    /// <summary>The records, in stream order, up to (not including) the first record whose image could not be read.</summary>
    public IReadOnlyList<DynamoDbStreamRecord<T>> Records { get; }
}

/// <summary>A DynamoDB Streams record whose images were read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class DynamoDbStreamRecord<T>
{
    /// <summary>Pairs a record with its images.</summary>
    public DynamoDbStreamRecord(DynamoDbStreamRecord record, T? newImage, T? oldImage)
    {
        Record = record;
        NewImage = newImage;
        OldImage = oldImage;
    }

    /// <summary>The record as delivered (attribute values).</summary>
    public DynamoDbStreamRecord Record { get; }

    /// <summary>The item after the change; <c>null</c> for <c>REMOVE</c> or when the stream does not carry new images.</summary>
    public T? NewImage { get; }

    /// <summary>The item before the change; <c>null</c> for <c>INSERT</c> or when the stream does not carry old images.</summary>
    public T? OldImage { get; }

    /// <summary><c>INSERT</c>, <c>MODIFY</c> or <c>REMOVE</c>.</summary>
    public string EventName => Record.EventName;

    /// <summary>The primary key of the item.</summary>
    public IReadOnlyDictionary<string, DynamoDbAttributeValue> Keys => Record.DynamoDb.Keys;

    /// <summary>The sequence number.</summary>
    public string SequenceNumber => Record.SequenceNumber;
}
