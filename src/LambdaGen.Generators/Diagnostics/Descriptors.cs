using Microsoft.CodeAnalysis;

namespace LambdaGen.Generators.Diagnostics;

/// <summary>Every diagnostic descriptor, with its help link to docs/rules/&lt;id&gt;.md.</summary>
internal static partial class Descriptors
{
    public const string HelpLinkBase = "https://github.com/lambdagen/lambdagen/blob/main/docs/rules/";

    public const string CategoryFunctions = "LambdaGen.Functions";
    public const string CategoryHttp = "LambdaGen.Http";
    public const string CategorySerialization = "LambdaGen.Serialization";
    public const string CategoryTriggers = "LambdaGen.Triggers";
    public const string CategoryHygiene = "LambdaGen.Hygiene";

    internal static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string? description = null)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id + ".md");

    // ---- LG00xx: functions and signatures ----

    // ---- LG01xx: HTTP routes and binding ----

    // ---- LG02xx: serialization and AOT ----

    // ---- LG03xx: triggers and manifest ----
    public static readonly DiagnosticDescriptor SqsBatchSizeOutOfRange = Create(DiagnosticIds.SqsBatchSizeOutOfRange,
        "SQS batch size out of range", "BatchSize {0} is not allowed for {1}: use {2}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SqsFifoBatchingWindow = Create(DiagnosticIds.SqsFifoBatchingWindow,
        "FIFO queues have no batching window", "FIFO queue '{0}' does not support a batching window: remove MaximumBatchingWindowInSeconds", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BatchingWindowOutOfRange = Create(DiagnosticIds.BatchingWindowOutOfRange,
        "Batching window out of range", "MaximumBatchingWindowInSeconds {0} is out of range: use 0 to 300 seconds", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MaximumConcurrencyOutOfRange = Create(DiagnosticIds.MaximumConcurrencyOutOfRange,
        "SQS maximum concurrency out of range", "MaximumConcurrency {0} is out of range: use 2 to 1000, or leave it unset", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidScheduleExpression = Create(DiagnosticIds.InvalidScheduleExpression,
        "Invalid schedule expression", "'{0}' is not a schedule expression: {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidRateExpression = Create(DiagnosticIds.InvalidRateExpression,
        "Invalid rate expression", "'{0}' is not a valid rate expression: {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidCronExpression = Create(DiagnosticIds.InvalidCronExpression,
        "Invalid cron expression", "'{0}' is not a valid cron expression: {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CronDayFieldsConflict = Create(DiagnosticIds.CronDayFieldsConflict,
        "Cron day-of-month and day-of-week conflict", "In '{0}', {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor S3BucketNotTemplateReference = Create(DiagnosticIds.S3BucketNotTemplateReference,
        "S3 bucket must be declared in the template", "S3 bucket '{0}' must be a template reference ('@LogicalId' of an AWS::S3::Bucket): SAM can only subscribe a function to a bucket declared in the same template", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor StreamBatchSizeOutOfRange = Create(DiagnosticIds.StreamBatchSizeOutOfRange,
        "Stream batch size out of range", "BatchSize {0} is out of range for a {1} stream: use 1 to 10000", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidStartingPosition = Create(DiagnosticIds.InvalidStartingPosition,
        "Invalid starting position", "StartingPosition '{0}' is not valid for {1}: use {2}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor StartingPositionTimestampMismatch = Create(DiagnosticIds.StartingPositionTimestampMismatch,
        "AT_TIMESTAMP and StartingPositionTimestamp go together", "{0}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MaximumRetryAttemptsOutOfRange = Create(DiagnosticIds.MaximumRetryAttemptsOutOfRange,
        "Maximum retry attempts out of range", "MaximumRetryAttempts {0} is out of range: use -1 (retry until the record expires) to 10000", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TriggerPayloadMismatch = Create(DiagnosticIds.TriggerPayloadMismatch,
        "Payload type does not match the trigger", "{0} '{1}' belongs to {2} triggers, but this function is triggered by {3}: use {4}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IncompatibleTriggers = Create(DiagnosticIds.IncompatibleTriggers,
        "Triggers that cannot share a function", "[{0}] cannot share a function with [{1}]: a function receives one kind of event; move it to its own [LambdaFunction] method", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidTriggerJson = Create(DiagnosticIds.InvalidTriggerJson,
        "Trigger argument is not valid JSON", "{0} is not valid JSON: {1}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidEventSourceReference = Create(DiagnosticIds.InvalidEventSourceReference,
        "Invalid event source reference", "'{0}' is not a valid {1}: use '@LogicalId' of a template resource or {2}", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidS3EventType = Create(DiagnosticIds.InvalidS3EventType,
        "Unknown S3 event type", "'{0}' is not an S3 event type: use one such as s3:ObjectCreated:*, s3:ObjectCreated:Put or s3:ObjectRemoved:*", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TriggerWithoutLambdaFunction = Create(DiagnosticIds.TriggerWithoutLambdaFunction,
        "Trigger on a method that is not a function", "'{0}' has [{1}] but no [LambdaFunction], so the trigger is ignored: add [LambdaFunction]", CategoryTriggers, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OverlappingS3Notifications = new(DiagnosticIds.OverlappingS3Notifications,
        "Overlapping S3 notifications", "This S3 notification on bucket '{0}' overlaps the one on '{1}' (same event type, prefix and suffix filters that can match the same key): S3 rejects the configuration; make the filters disjoint",
        CategoryTriggers, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + DiagnosticIds.OverlappingS3Notifications + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    // ---- LG10xx: Lambda hygiene ----
}
