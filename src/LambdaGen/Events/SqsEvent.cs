using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json.Serialization;

namespace LambdaGen.Events;

/// <summary>A batch of messages from an SQS queue, as Lambda delivers it.</summary>
public sealed class SqsEvent
{
    /// <summary>The messages, in the order SQS returned them.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsMessage> Records { get; set; } = [];
}

/// <summary>One SQS message with its body as text.</summary>
public sealed class SqsMessage
{
    /// <summary>The message id: the identifier of a batch item failure.</summary>
    [JsonPropertyName("messageId")]
    public string MessageId { get; set; } = "";

    /// <summary>The receipt handle.</summary>
    [JsonPropertyName("receiptHandle")]
    public string ReceiptHandle { get; set; } = "";

    /// <summary>The message body.</summary>
    [JsonPropertyName("body")]
    public string Body { get; set; } = "";

    /// <summary>System attributes: <c>ApproximateReceiveCount</c>, <c>SentTimestamp</c>, <c>SenderId</c>, FIFO <c>MessageGroupId</c>, ...</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string> Attributes { get; set; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Message attributes set by the sender.</summary>
    [JsonPropertyName("messageAttributes")]
    public IReadOnlyDictionary<string, SqsMessageAttribute> MessageAttributes { get; set; } = ReadOnlyDictionary<string, SqsMessageAttribute>.Empty;

    /// <summary>MD5 digest of the body.</summary>
    [JsonPropertyName("md5OfBody")]
    public string? Md5OfBody { get; set; }

    /// <summary>MD5 digest of the message attributes.</summary>
    [JsonPropertyName("md5OfMessageAttributes")]
    public string? Md5OfMessageAttributes { get; set; }

    /// <summary><c>aws:sqs</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string? EventSource { get; set; }

    /// <summary>The queue ARN.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string? EventSourceArn { get; set; }

    /// <summary>The queue's region.</summary>
    [JsonPropertyName("awsRegion")]
    public string? AwsRegion { get; set; }

    /// <summary>FIFO queues: the message group; <c>null</c> on standard queues.</summary>
    [JsonIgnore]
    public string? MessageGroupId => Attribute("MessageGroupId");

    /// <summary>FIFO queues: the deduplication id.</summary>
    [JsonIgnore]
    public string? MessageDeduplicationId => Attribute("MessageDeduplicationId");

    /// <summary>FIFO queues: the sequence number SQS assigned.</summary>
    [JsonIgnore]
    public string? SequenceNumber => Attribute("SequenceNumber");

    /// <summary>How many times the message was received (1 on first delivery).</summary>
    [JsonIgnore]
    public int ApproximateReceiveCount => int.TryParse(Attribute("ApproximateReceiveCount"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>When the message was sent, from the <c>SentTimestamp</c> attribute (Unix milliseconds).</summary>
    [JsonIgnore]
    public DateTimeOffset? SentTimestamp => long.TryParse(Attribute("SentTimestamp"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
        ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
        : null;

    private string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A message attribute: a string, number or binary value (or lists of them) with its data type.</summary>
public sealed class SqsMessageAttribute
{
    /// <summary><c>String</c>, <c>Number</c> or <c>Binary</c>, optionally with a custom suffix (<c>Number.int</c>).</summary>
    [JsonPropertyName("dataType")]
    public string DataType { get; set; } = "";

    /// <summary>The value of a <c>String</c> or <c>Number</c> attribute.</summary>
    [JsonPropertyName("stringValue")]
    public string? StringValue { get; set; }

    /// <summary>The value of a <c>Binary</c> attribute (base64 on the wire).</summary>
    [JsonPropertyName("binaryValue")]
    public byte[]? BinaryValue { get; set; }

    /// <summary>Reserved by SQS.</summary>
    [JsonPropertyName("stringListValues")]
    public IReadOnlyList<string>? StringListValues { get; set; }

    /// <summary>Reserved by SQS.</summary>
    [JsonPropertyName("binaryListValues")]
    public IReadOnlyList<byte[]>? BinaryListValues { get; set; }
}

/// <summary>A batch of SQS messages whose bodies were read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The body type.</typeparam>
public sealed class SqsEvent<T>
{
    /// <summary>Creates the batch.</summary>
    public SqsEvent(IReadOnlyList<SqsMessage<T>> records) => Records = records;

    /// <summary>The messages whose bodies were valid; the others were already reported failed.</summary>
    public IReadOnlyList<SqsMessage<T>> Records { get; }
}

/// <summary>An SQS message whose body was read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The body type.</typeparam>
public sealed class SqsMessage<T>
{
    /// <summary>Pairs a message with its body.</summary>
    public SqsMessage(SqsMessage message, T body)
    {
        Message = message;
        Body = body;
    }

    /// <summary>The message as delivered (body as text, all attributes).</summary>
    public SqsMessage Message { get; }

    /// <summary>The body.</summary>
    public T Body { get; }

    /// <summary>The message id.</summary>
    public string MessageId => Message.MessageId;

    /// <summary>FIFO queues: the message group.</summary>
    public string? MessageGroupId => Message.MessageGroupId;

    /// <summary>Message attributes set by the sender.</summary>
    public IReadOnlyDictionary<string, SqsMessageAttribute> MessageAttributes => Message.MessageAttributes;

    /// <summary>How many times the message was received.</summary>
    public int ApproximateReceiveCount => Message.ApproximateReceiveCount;
}
