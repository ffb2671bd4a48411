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
