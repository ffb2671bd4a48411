namespace LambdaGen.Generators.Diagnostics;

/// <summary>
/// Every diagnostic id, by range: LG00xx functions and signatures, LG01xx HTTP routes and binding,
/// LG02xx serialization and AOT, LG03xx triggers and manifest, LG10xx Lambda hygiene.
/// Each id has a page at docs/rules/&lt;id&gt;.md and a line in AnalyzerReleases.Unshipped.md.
/// </summary>
internal static class DiagnosticIds
{
    // ---- LG00xx: functions and signatures ----
    public const string UnsupportedParameter = "LG0001";
    public const string SecondEventParameter = "LG0002";
    public const string UnsupportedReturn = "LG0003";
    public const string InaccessibleFunction = "LG0005";
    public const string GenericFunction = "LG0006";
    public const string DuplicateFunctionName = "LG0007";
    public const string FunctionsInLibrary = "LG0008";
    public const string InvalidFunctionName = "LG0009";
    public const string UnconstructibleFunctionClass = "LG0010";
    public const string InvalidStartup = "LG0011";

    // ---- LG0020..LG0029: interop with AWS's packages ----
    public const string AwsRuntimeNotReferenced = "LG0020";
    public const string UnknownRuntime = "LG0021";
    public const string InvalidLambdaSerializer = "LG0022";

    // ---- LG0030..LG0039: migration from Amazon.Lambda.Annotations ----
    public const string AnnotationsAttribute = "LG0030";
    public const string AnnotationsWithoutEquivalent = "LG0031";

    // ---- LG01xx: HTTP routes and binding ----
    public const string InvalidRouteTemplate = "LG0101";
    public const string RouteParameterWithoutArgument = "LG0102";
    public const string FromRouteNotInTemplate = "LG0103";
    public const string SecondBody = "LG0104";
    public const string CannotBind = "LG0105";
    public const string RouteConflict = "LG0106";
    public const string UnsupportedHttpReturn = "LG0107";
    public const string RouteTemplatesDisagree = "LG0108";

    // ---- LG02xx: serialization and AOT ----
    public const string JsonObjectType = "LG0200";
    public const string JsonAbstractWithoutPolymorphism = "LG0201";
    public const string JsonInaccessibleType = "LG0202";
    public const string JsonUnsupportedType = "LG0203";
    public const string JsonNoConstructor = "LG0204";
    public const string JsonInaccessibleMember = "LG0205";
    public const string JsonContextInvalid = "LG0206";
    public const string JsonNamingInvalid = "LG0207";

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
    // LG0350..LG0357 are MSBuild warnings of the manifest step, reported by src/LambdaGen.Build (ManifestWarnings.cs), not by Roslyn.

    // ---- LG10xx: Lambda hygiene ----
    public const string PerRequestStateInStatic = "LG1001";
    public const string ClientCreatedInHandler = "LG1002";
    public const string MissingTimeout = "LG1003";
    public const string HttpTimeoutAboveGateway = "LG1004";
    public const string TimeoutOutOfRange = "LG1005";
    public const string CancellationTokenNotPassed = "LG1006";
    public const string CancellationTokenNotAvailable = "LG1007";
    public const string HttpClientTimeoutTooLong = "LG1008";
    public const string AsyncVoidFunction = "LG1009";
    public const string AsyncVoidLambdaInHandler = "LG1010";
    public const string SyncOverAsyncInHandler = "LG1011";
}
