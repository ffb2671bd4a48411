namespace LambdaGen.Generators.Diagnostics;

/// <summary>
/// Every diagnostic id, by range: LG00xx functions and signatures, LG01xx HTTP routes and binding,
/// LG02xx serialization and AOT, LG03xx triggers and manifest, LG10xx Lambda hygiene.
/// Each id has a page at docs/rules/&lt;id&gt;.md and a line in AnalyzerReleases.Unshipped.md.
/// </summary>
internal static class DiagnosticIds
{
    // ---- LG00xx: functions and signatures ----

    // ---- LG01xx: HTTP routes and binding ----

    // ---- LG02xx: serialization and AOT ----

    // ---- LG03xx: triggers and manifest ----
    public const string SqsBatchSizeOutOfRange = "LG0301";
    public const string SqsFifoBatchingWindow = "LG0302";
    public const string BatchingWindowOutOfRange = "LG0303";
    public const string MaximumConcurrencyOutOfRange = "LG0304";
    public const string InvalidScheduleExpression = "LG0305";
    public const string InvalidRateExpression = "LG0306";
    public const string InvalidCronExpression = "LG0307";
    public const string CronDayFieldsConflict = "LG0308";
    public const string S3BucketNotTemplateReference = "LG0309";
    public const string StreamBatchSizeOutOfRange = "LG0310";
    public const string InvalidStartingPosition = "LG0311";
    public const string StartingPositionTimestampMismatch = "LG0312";
    public const string MaximumRetryAttemptsOutOfRange = "LG0313";
    public const string TriggerPayloadMismatch = "LG0314";
    public const string IncompatibleTriggers = "LG0315";
    public const string InvalidTriggerJson = "LG0316";
    public const string InvalidEventSourceReference = "LG0317";
    public const string InvalidS3EventType = "LG0318";
    public const string TriggerWithoutLambdaFunction = "LG0319";
    public const string OverlappingS3Notifications = "LG0320";

    // ---- LG10xx: Lambda hygiene ----
}
