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
    public const string JsonObjectType = "LG0200";
    public const string JsonAbstractWithoutPolymorphism = "LG0201";
    public const string JsonInaccessibleType = "LG0202";
    public const string JsonUnsupportedType = "LG0203";
    public const string JsonNoConstructor = "LG0204";
    public const string JsonInaccessibleMember = "LG0205";
    public const string JsonContextInvalid = "LG0206";
    public const string JsonNamingInvalid = "LG0207";

    // ---- LG03xx: triggers and manifest ----

    // ---- LG10xx: Lambda hygiene ----
}
