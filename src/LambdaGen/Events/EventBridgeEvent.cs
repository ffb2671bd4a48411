using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LambdaGen.Events;

/// <summary>An EventBridge event envelope with its <c>detail</c> kept as JSON (rules, and rate/cron rules without input).</summary>
public sealed class EventBridgeEvent
{
    /// <summary>The envelope version (<c>0</c>).</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The event id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>The detail type, e.g. <c>Scheduled Event</c> or <c>Object Created</c>.</summary>
    [JsonPropertyName("detail-type")]
    public string DetailType { get; set; } = "";

    /// <summary>The source, e.g. <c>aws.events</c> or <c>com.example.orders</c>.</summary>
    [JsonPropertyName("source")]
    public string Source { get; set; } = "";

    /// <summary>The account id.</summary>
    [JsonPropertyName("account")]
    public string? Account { get; set; }

    /// <summary>When the event happened.</summary>
    [JsonPropertyName("time")]
    public DateTimeOffset Time { get; set; }

    /// <summary>The region.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>ARNs of the resources involved (for schedules, the rule).</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<string> Resources { get; set; } = [];

    /// <summary>The replay name, when the event is replayed from an archive.</summary>
    [JsonPropertyName("replay-name")]
    public string? ReplayName { get; set; }

    /// <summary>The detail object.</summary>
    [JsonPropertyName("detail")]
    public JsonElement Detail { get; set; }
}

/// <summary>An EventBridge event whose <c>detail</c> was read as <typeparamref name="TDetail"/>.</summary>
/// <typeparam name="TDetail">The detail type.</typeparam>
public sealed class EventBridgeEvent<TDetail>
{
    /// <summary>Pairs an envelope with its detail.</summary>
    public EventBridgeEvent(EventBridgeEvent envelope, TDetail detail)
    {
        Envelope = envelope;
        Detail = detail;
    }

    /// <summary>The envelope as delivered.</summary>
    public EventBridgeEvent Envelope { get; }

    /// <summary>The detail.</summary>
    public TDetail Detail { get; }

    /// <summary>The event id.</summary>
    public string Id => Envelope.Id;

    /// <summary>The detail type.</summary>
    public string DetailType => Envelope.DetailType;

    /// <summary>The source.</summary>
    public string Source => Envelope.Source;

    /// <summary>When the event happened.</summary>
    public DateTimeOffset Time => Envelope.Time;

    /// <summary>The account id.</summary>
    public string? Account => Envelope.Account;

    /// <summary>The region.</summary>
    public string? Region => Envelope.Region;

    /// <summary>ARNs of the resources involved.</summary>
    public IReadOnlyList<string> Resources => Envelope.Resources;
}
