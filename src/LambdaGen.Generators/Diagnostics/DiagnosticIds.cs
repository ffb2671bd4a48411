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
    public const string AsyncVoidFunction = "LG0004";
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

    // ---- LG03xx: triggers and manifest ----

    // ---- LG10xx: Lambda hygiene ----
}
