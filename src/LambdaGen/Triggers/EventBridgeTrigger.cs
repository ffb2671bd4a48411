using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using LambdaGen.Events;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers;

/// <summary>
/// Entry-point helpers for EventBridge rules (<c>[EventRuleTrigger]</c>, and <c>[ScheduleTrigger]</c> rules without
/// <c>Input</c>, which deliver a <c>Scheduled Event</c> envelope). Invocations are asynchronous: a failure is retried
/// by Lambda. The response is empty.
/// </summary>
public static class EventBridgeTrigger
{
    /// <summary>Handler for an event whose <c>detail</c> is read as <typeparamref name="TDetail"/>.</summary>
    /// <exception cref="LambdaEventException">The event or its detail cannot be read.</exception>
    public static ValueTask RunAsync<TDetail>(LambdaInvocation invocation, JsonTypeInfo<TDetail> detail, Func<EventBridgeEvent<TDetail>, LambdaInvocation, ValueTask> handler)
    {
        var envelope = ReadEvent(invocation);
        TDetail? value;
        try
        {
            value = envelope.Detail.ValueKind == JsonValueKind.Undefined ? default : envelope.Detail.Deserialize(detail);
        }
        catch (JsonException e)
        {
            throw new LambdaEventException($"The detail of EventBridge event {envelope.Id} is not valid for {typeof(TDetail).Name}: {e.Message}", e);
        }

        if (value is null)
        {
            throw new LambdaEventException($"EventBridge event {envelope.Id} has no detail for {typeof(TDetail).Name}.");
        }

        return handler(new EventBridgeEvent<TDetail>(envelope, value), invocation);
    }

    /// <summary>Handler for the envelope with its detail as JSON.</summary>
    public static ValueTask RunAsync(LambdaInvocation invocation, Func<EventBridgeEvent, LambdaInvocation, ValueTask> handler)
        => handler(ReadEvent(invocation), invocation);

    private static EventBridgeEvent ReadEvent(LambdaInvocation invocation) => invocation.ReadEvent(LambdaGenEventsJsonContext.Default.EventBridgeEvent);
}
