using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;

namespace LambdaGen.Events;

/// <summary>An SNS notification as Lambda delivers it (one record per invocation).</summary>
public sealed class SnsEvent
{
    /// <summary>The records; SNS sends exactly one.</summary>
    [JsonPropertyName("Records")]
    public IReadOnlyList<SnsRecord> Records { get; set; } = [];
}

/// <summary>One SNS record: the subscription and the notification.</summary>
public sealed class SnsRecord
{
    /// <summary>The event version (<c>1.0</c>).</summary>
    [JsonPropertyName("EventVersion")]
    public string? EventVersion { get; set; }

    /// <summary>The subscription that delivered the notification.</summary>
    [JsonPropertyName("EventSubscriptionArn")]
    public string? EventSubscriptionArn { get; set; }

    /// <summary><c>aws:sns</c>.</summary>
    [JsonPropertyName("EventSource")]
    public string? EventSource { get; set; }

    /// <summary>The notification.</summary>
    [JsonPropertyName("Sns")]
    public SnsMessage Sns { get; set; } = new();
}

/// <summary>An SNS notification with its message as text.</summary>
public sealed class SnsMessage
{
    /// <summary><c>Notification</c>.</summary>
    [JsonPropertyName("Type")]
    public string? Type { get; set; }

    /// <summary>The message id.</summary>
    [JsonPropertyName("MessageId")]
    public string MessageId { get; set; } = "";

    /// <summary>The topic ARN.</summary>
    [JsonPropertyName("TopicArn")]
    public string? TopicArn { get; set; }

    /// <summary>The subject, when the publisher set one.</summary>
    [JsonPropertyName("Subject")]
    public string? Subject { get; set; }

    /// <summary>The message.</summary>
    [JsonPropertyName("Message")]
    public string Message { get; set; } = "";

    /// <summary>When the notification was published.</summary>
    [JsonPropertyName("Timestamp")]
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>The signature version.</summary>
    [JsonPropertyName("SignatureVersion")]
    public string? SignatureVersion { get; set; }

    /// <summary>The signature (base64).</summary>
    [JsonPropertyName("Signature")]
    public string? Signature { get; set; }

    /// <summary>The certificate used for the signature.</summary>
    [JsonPropertyName("SigningCertUrl")]
    public string? SigningCertUrl { get; set; }

    /// <summary>The URL that unsubscribes the endpoint.</summary>
    [JsonPropertyName("UnsubscribeUrl")]
    public string? UnsubscribeUrl { get; set; }

    /// <summary>Message attributes set by the publisher.</summary>
    [JsonPropertyName("MessageAttributes")]
    public IReadOnlyDictionary<string, SnsMessageAttribute> MessageAttributes { get; set; } = ReadOnlyDictionary<string, SnsMessageAttribute>.Empty;
}

/// <summary>An SNS message attribute.</summary>
public sealed class SnsMessageAttribute
{
    /// <summary><c>String</c>, <c>String.Array</c>, <c>Number</c> or <c>Binary</c>.</summary>
    [JsonPropertyName("Type")]
    public string Type { get; set; } = "";

    /// <summary>The value as text (base64 for <c>Binary</c>).</summary>
    [JsonPropertyName("Value")]
    public string? Value { get; set; }
}

/// <summary>An SNS notification whose message was read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The message type.</typeparam>
public sealed class SnsEvent<T>
{
    /// <summary>Creates the event.</summary>
    public SnsEvent(IReadOnlyList<SnsMessage<T>> records) => Records = records;

    /// <summary>The notifications (SNS sends one).</summary>
    public IReadOnlyList<SnsMessage<T>> Records { get; }
}

/// <summary>An SNS notification whose message was read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The message type.</typeparam>
public sealed class SnsMessage<T>
{
    /// <summary>Pairs a notification with its message.</summary>
    public SnsMessage(SnsRecord record, T message)
    {
        Record = record;
        Message = message;
    }

    /// <summary>The record as delivered (message as text, subscription, attributes).</summary>
    public SnsRecord Record { get; }

    /// <summary>The message.</summary>
    public T Message { get; }

    /// <summary>The message id.</summary>
    public string MessageId => Record.Sns.MessageId;

    /// <summary>The subject, when the publisher set one.</summary>
    public string? Subject => Record.Sns.Subject;

    /// <summary>The topic ARN.</summary>
    public string? TopicArn => Record.Sns.TopicArn;

    /// <summary>When the notification was published.</summary>
    public DateTimeOffset Timestamp => Record.Sns.Timestamp;

    /// <summary>Message attributes set by the publisher.</summary>
    public IReadOnlyDictionary<string, SnsMessageAttribute> MessageAttributes => Record.Sns.MessageAttributes;
}
