using System.Runtime.CompilerServices;
using LambdaGen.Generators.Analyzers.Triggers;

// Here rather than in the project file so that the trigger tests' access travels with the trigger code.
[assembly: InternalsVisibleTo("LambdaGen.Triggers.Tests")]

namespace LambdaGen.Generators.Triggers;

/// <summary>
/// The runtime helper an entry point calls for a trigger and a payload parameter, in the shape the emitter needs:
/// <c>{HelperType}.{Method}(invocation[, jsonTypeInfoOf(T)], static (payload, inv) =&gt; ...)</c>.
/// </summary>
/// <param name="HelperType">The helper class, with <c>global::</c>.</param>
/// <param name="Method">The helper method.</param>
/// <param name="NeedsTypeInfo">Pass the JSON metadata of <c>T</c> (the payload's type argument, or the payload type itself for schedule input) as the second argument.</param>
/// <param name="ResponseType">When not <c>null</c>, the delegate returns <c>ValueTask&lt;ResponseType?&gt;</c>; otherwise <c>ValueTask</c>.</param>
/// <param name="TakesPayload">Whether the delegate takes the payload before the invocation (schedules without payload take only the invocation).</param>
internal sealed record TriggerCall(string HelperType, string Method, bool NeedsTypeInfo, string? ResponseType, bool TakesPayload = true);

/// <summary>Maps (trigger kind, payload type) to the runtime helper and the SAM event type. Pure data: no symbols.</summary>
internal static class TriggerCatalog
{
    private const string Triggers = "global::LambdaGen.Triggers.";
    private const string SqsResponse = "global::LambdaGen.Events.SqsBatchResponse";
    private const string StreamsResponse = "global::LambdaGen.Events.StreamsEventResponse";

    /// <summary>
    /// The helper for a payload parameter. <paramref name="payloadMetadataName"/> is the fully qualified metadata name of
    /// the payload type's definition (<c>LambdaGen.Events.SqsEvent`1</c>), or <c>null</c> when the function takes no
    /// payload. Returns <c>null</c> when the trigger cannot deliver that payload (LG0314 reports it).
    /// </summary>
    public static TriggerCall? Resolve(TriggerKind kind, string? payloadMetadataName) => (kind, payloadMetadataName) switch
    {
        (TriggerKind.Sqs, "LambdaGen.Events.SqsEvent`1") => new(Triggers + "SqsTrigger", "RunBatchAsync", true, SqsResponse),
        (TriggerKind.Sqs, "LambdaGen.Events.SqsEvent") => new(Triggers + "SqsTrigger", "RunBatchAsync", false, SqsResponse),
        (TriggerKind.Sqs, "LambdaGen.Events.SqsMessage`1") => new(Triggers + "SqsTrigger", "RunEachAsync", true, null),
        (TriggerKind.Sqs, "LambdaGen.Events.SqsMessage") => new(Triggers + "SqsTrigger", "RunEachAsync", false, null),

        (TriggerKind.Sns, "LambdaGen.Events.SnsEvent`1") => new(Triggers + "SnsTrigger", "RunAsync", true, null),
        (TriggerKind.Sns, "LambdaGen.Events.SnsEvent") => new(Triggers + "SnsTrigger", "RunAsync", false, null),
        (TriggerKind.Sns, "LambdaGen.Events.SnsMessage`1") => new(Triggers + "SnsTrigger", "RunEachAsync", true, null),
        (TriggerKind.Sns, "LambdaGen.Events.SnsMessage") => new(Triggers + "SnsTrigger", "RunEachAsync", false, null),

        (TriggerKind.S3, "LambdaGen.Events.S3Event") => new(Triggers + "S3Trigger", "RunAsync", false, null),
        (TriggerKind.S3, "LambdaGen.Events.S3EventRecord") => new(Triggers + "S3Trigger", "RunEachAsync", false, null),

        (TriggerKind.Schedule or TriggerKind.EventRule, "LambdaGen.Events.EventBridgeEvent`1") => new(Triggers + "EventBridgeTrigger", "RunAsync", true, null),
        (TriggerKind.Schedule or TriggerKind.EventRule, "LambdaGen.Events.EventBridgeEvent") => new(Triggers + "EventBridgeTrigger", "RunAsync", false, null),
        // Asynchronous triggers may ignore their event: the event is then not even read.
        (TriggerKind.Schedule or TriggerKind.EventRule or TriggerKind.Sns or TriggerKind.S3, null) => new(Triggers + "ScheduleTrigger", "RunAsync", false, null, TakesPayload: false),
        (TriggerKind.Schedule, _) when !IsEventType(payloadMetadataName) => new(Triggers + "ScheduleTrigger", "RunAsync", true, null),

        (TriggerKind.DynamoDb, "LambdaGen.Events.DynamoDbStreamEvent`1") => new(Triggers + "DynamoDbStreamTrigger", "RunBatchAsync", true, StreamsResponse),
        (TriggerKind.DynamoDb, "LambdaGen.Events.DynamoDbStreamEvent") => new(Triggers + "DynamoDbStreamTrigger", "RunBatchAsync", false, StreamsResponse),
        (TriggerKind.DynamoDb, "LambdaGen.Events.DynamoDbStreamRecord`1") => new(Triggers + "DynamoDbStreamTrigger", "RunEachAsync", true, null),
        (TriggerKind.DynamoDb, "LambdaGen.Events.DynamoDbStreamRecord") => new(Triggers + "DynamoDbStreamTrigger", "RunEachAsync", false, null),

        (TriggerKind.Kinesis, "LambdaGen.Events.KinesisEvent`1") => new(Triggers + "KinesisTrigger", "RunBatchAsync", true, StreamsResponse),
        (TriggerKind.Kinesis, "LambdaGen.Events.KinesisEvent") => new(Triggers + "KinesisTrigger", "RunBatchAsync", false, StreamsResponse),
        (TriggerKind.Kinesis, "LambdaGen.Events.KinesisEventRecord`1") => new(Triggers + "KinesisTrigger", "RunEachAsync", true, null),
        (TriggerKind.Kinesis, "LambdaGen.Events.KinesisEventRecord") => new(Triggers + "KinesisTrigger", "RunEachAsync", false, null),
        _ => null,
    };

    /// <summary>The SAM event <c>Type</c> of a trigger attribute.</summary>
    public static string? SamEventType(TriggerKind kind, bool hasTimeZone) => kind switch
    {
        TriggerKind.Sqs => "SQS",
        TriggerKind.Sns => "SNS",
        TriggerKind.S3 => "S3",
        TriggerKind.Schedule => hasTimeZone ? "ScheduleV2" : "Schedule",
        TriggerKind.EventRule => "EventBridgeRule",
        TriggerKind.DynamoDb => "DynamoDB",
        TriggerKind.Kinesis => "Kinesis",
        _ => null,
    };

    /// <summary>Whether the event source mapping must declare <c>FunctionResponseTypes: [ReportBatchItemFailures]</c> (always, for these kinds: every helper answers with batch item failures).</summary>
    public static bool ReportsBatchItemFailures(TriggerKind kind) => kind is TriggerKind.Sqs or TriggerKind.DynamoDb or TriggerKind.Kinesis;

    private static bool IsEventType(string? metadataName)
        => metadataName is not null && metadataName.StartsWith("LambdaGen.Events.", System.StringComparison.Ordinal);
}
