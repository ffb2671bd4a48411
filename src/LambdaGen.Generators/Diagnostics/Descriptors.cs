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
    public static readonly DiagnosticDescriptor JsonObjectType = Create(
        DiagnosticIds.JsonObjectType, "'object' on the wire needs reflection",
        "{0}: 'object' has no compile-time shape, so writing needs the runtime type's metadata and reading gives a JsonElement; use a concrete type, JsonElement or JsonNode",
        CategorySerialization, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonAbstractWithoutPolymorphism = Create(
        DiagnosticIds.JsonAbstractWithoutPolymorphism, "Abstract type on the wire without polymorphism metadata",
        "{0}: '{1}' is abstract or an interface without [JsonDerivedType], so derived members are not written and it cannot be read; add [JsonDerivedType(typeof(...))] for each derived type or use a concrete type",
        CategorySerialization, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonInaccessibleType = Create(
        DiagnosticIds.JsonInaccessibleType, "Type on the wire is not accessible to generated code",
        "{0}: '{1}' is private or protected, so no JSON metadata can be generated for it; make it internal or public",
        CategorySerialization, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JsonUnsupportedType = Create(
        DiagnosticIds.JsonUnsupportedType, "Type on the wire cannot be serialized without reflection",
        "{0}: '{1}' cannot be serialized without reflection (supported: classes, structs, records, enums, arrays, List/IList/ICollection/IEnumerable/IReadOnlyList/HashSet/ISet/Queue/Stack, immutable lists, sets and dictionaries, Dictionary/IDictionary/IReadOnlyDictionary with primitive or enum keys, converters with a public parameterless constructor); use a supported type or name a JsonSerializerContext with [assembly: LambdaJsonContext]",
        CategorySerialization, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JsonNoConstructor = Create(
        DiagnosticIds.JsonNoConstructor, "Type read from the wire has no usable constructor",
        "{0}: '{1}' has no public parameterless constructor, no single public constructor and no [JsonConstructor], so it cannot be read; add one of them",
        CategorySerialization, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonInaccessibleMember = Create(
        DiagnosticIds.JsonInaccessibleMember, "[JsonInclude] member is not accessible to generated code",
        "{0}: the member is private or protected, so generated metadata cannot reach it and it is skipped; make it internal or public",
        CategorySerialization, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor JsonContextInvalid = Create(
        DiagnosticIds.JsonContextInvalid, "LambdaJsonContext does not name a JsonSerializerContext",
        "'{0}' does not derive from System.Text.Json.Serialization.JsonSerializerContext; name a [JsonSerializable] context class",
        CategorySerialization, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JsonNamingInvalid = Create(
        DiagnosticIds.JsonNamingInvalid, "Unknown JSON naming",
        "JsonNaming '{0}' is not known; use camelCase, PascalCase, snake_case, SNAKE_CASE, kebab-case or KEBAB-CASE",
        CategorySerialization, DiagnosticSeverity.Error);

    // ---- LG03xx: triggers and manifest ----

    // ---- LG10xx: Lambda hygiene ----
}
