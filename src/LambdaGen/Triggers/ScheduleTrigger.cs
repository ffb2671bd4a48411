using System;
using System.Threading.Tasks;
using System.Text.Json.Serialization.Metadata;
using LambdaGen.Hosting;

namespace LambdaGen.Triggers;

/// <summary>
/// Entry-point helpers for <c>[ScheduleTrigger]</c>. What arrives depends on the schedule: an EventBridge rule without
/// <c>Input</c> sends a <c>Scheduled Event</c> envelope (take <see cref="Events.EventBridgeEvent"/> and use
/// <see cref="EventBridgeTrigger"/>); a rule with <c>Input</c>, and EventBridge Scheduler (<c>TimeZone</c> set),
/// send the input itself, which <see cref="RunAsync{T}"/> reads. The response is empty.
/// </summary>
public static class ScheduleTrigger
{
    /// <summary>Handler that takes no payload; the event is not read.</summary>
    public static ValueTask RunAsync(LambdaInvocation invocation, Func<LambdaInvocation, ValueTask> handler) => handler(invocation);

    /// <summary>
    /// Handler that takes the schedule's input, read as <typeparamref name="T"/> (pass
    /// <c>LambdaGenEventsJsonContext.Default.JsonElement</c> for the raw JSON).
    /// </summary>
    /// <exception cref="LambdaEventException">The input is not JSON for <typeparamref name="T"/>.</exception>
    public static ValueTask RunAsync<T>(LambdaInvocation invocation, JsonTypeInfo<T> input, Func<T, LambdaInvocation, ValueTask> handler)
        => handler(invocation.ReadEvent(input), invocation);
}
