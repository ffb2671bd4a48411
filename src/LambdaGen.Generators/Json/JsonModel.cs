using System;
using LambdaGen.Generators.Common;

namespace LambdaGen.Generators.Json;

/// <summary>How a type is written: decides which metadata factory the emitter calls.</summary>
internal enum JsonTypeKind
{
    /// <summary>A type with a type-level <c>[JsonConverter]</c>: <see cref="JsonTypeSpec.Converter"/> is the converter's type.</summary>
    Converter,
    /// <summary>An enum (string or number per the application options).</summary>
    Enum,
    /// <summary><c>Nullable&lt;T&gt;</c>; <see cref="JsonTypeSpec.Element"/> is T.</summary>
    Nullable,
    /// <summary>An object with properties.</summary>
    Object,
    /// <summary>A collection or dictionary built by a runtime helper named <see cref="JsonTypeSpec.Helper"/>.</summary>
    Collection,
}

/// <summary>One type that gets generated metadata. <see cref="Name"/> (with <c>global::</c>) is its identity.</summary>
internal sealed record JsonTypeSpec(
    string Name,
    JsonTypeKind Kind,
    string? Helper = null,
    string? Element = null,
    string? Key = null,
    string? Converter = null,
    bool IsValueType = false,
    bool CanCreate = false,
    EquatableArray<JsonPropertySpec> Properties = default,
    EquatableArray<JsonParameterSpec> Parameters = default,
    JsonHandling? Handling = null)
{
    /// <summary>True when reading goes through a constructor with arguments (or init-only/required members).</summary>
    public bool UsesParameterizedConstructor => !Parameters.IsEmpty;
}

/// <summary>One serialized member of an object.</summary>
/// <param name="MemberName">The C# name.</param>
/// <param name="Type">The member type, <c>global::</c> qualified, without nullable reference annotations.</param>
/// <param name="JsonName">The explicit <c>[JsonPropertyName]</c>, else null (the naming policy applies).</param>
/// <param name="Flags">Names of <c>LambdaGen.Json.JsonMemberFlags</c> values, ordinal order.</param>
/// <param name="CanRead">The getter is accessible from generated code.</param>
/// <param name="Setter">How the value is set: <c>set</c> (assignable), <c>init</c> (object initializer), <c>ctor</c> (constructor
/// parameter of a read-only member), <c>ctor-init</c> (constructor parameter of an init-only member) or <c>none</c>.</param>
/// <param name="Converter">The member's <c>[JsonConverter]</c> as a creation expression.</param>
internal sealed record JsonPropertySpec(
    string MemberName,
    string Type,
    string? JsonName,
    EquatableArray<string> Flags,
    bool CanRead,
    string Setter,
    string? Converter,
    int Order,
    JsonHandling? Handling = null);

/// <summary>
/// <c>[JsonNumberHandling]</c>, <c>[JsonUnmappedMemberHandling]</c> and <c>[JsonObjectCreationHandling]</c> as the
/// underlying values of their enums; null when the attribute is absent.
/// </summary>
internal sealed record JsonHandling(int? NumberHandling, int? UnmappedMemberHandling, int? ObjectCreationHandling);

/// <summary>One argument of the parameterized creator: a constructor parameter or an object-initializer member.</summary>
/// <param name="IsValueType">The argument's type is a value type, whose nullability is its type's (<c>T?</c> or not), not an annotation.</param>
internal sealed record JsonParameterSpec(
    string Name,
    string Type,
    bool IsMemberInitializer,
    bool IsNullable,
    string? DefaultValue,
    bool IsValueType = false);

/// <summary>Something the analyzer reports: the type or member cannot be serialized without reflection.</summary>
/// <param name="Id">The diagnostic id (LG02xx).</param>
/// <param name="Path">The member path from the root, e.g. <c>Order.Lines[].Product</c>.</param>
/// <param name="TypeName">The offending type as the user wrote it.</param>
/// <param name="ReadOnly">True when only reading (deserializing) is affected, so a returned type is fine.</param>
internal sealed record JsonIssue(string Id, string Path, string TypeName, bool ReadOnly = false);

/// <summary>The metadata closure of some root types, free of symbols.</summary>
internal sealed record JsonGraph(EquatableArray<JsonTypeSpec> Types, EquatableArray<JsonIssue> Issues)
{
    public static readonly JsonGraph Empty = new(EquatableArray<JsonTypeSpec>.Empty, EquatableArray<JsonIssue>.Empty);
}

/// <summary>Application-level JSON options.</summary>
/// <param name="Naming">camelCase (default), PascalCase, snake_case or kebab-case.</param>
/// <param name="EnumsAsStrings">Write enums by name (default) rather than by number.</param>
/// <param name="UserContext">The user's JsonSerializerContext named by <c>[assembly: LambdaJsonContext]</c>, <c>global::</c> qualified.</param>
/// <param name="HasEventsContext">The runtime library ships <c>LambdaGen.Events.LambdaGenEventsJsonContext</c>.</param>
internal sealed record JsonOptionsSpec(string Naming, bool EnumsAsStrings, string? UserContext, bool HasEventsContext)
{
    public static readonly JsonOptionsSpec Default = new("camelCase", true, null, false);
}

/// <summary>Everything the emitter needs for the application's one JSON file.</summary>
internal sealed record JsonContextSpec(EquatableArray<JsonTypeSpec> Types, JsonOptionsSpec Options);
