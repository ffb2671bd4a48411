using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LambdaGen.Json;

/// <summary>
/// One serialized member as generated code describes it (<see cref="JsonMetadataHelpers.P{T}"/>): its C# name, flags
/// and accessors. It knows its own type, so one description yields both the JSON property and, for a creator
/// argument, the constructor parameter. Used by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class JsonMember
{
    private protected JsonMember(string name, JsonMemberFlags flags)
    {
        Name = name;
        Flags = flags;
    }

    /// <summary>The C# name.</summary>
    public string Name { get; }

    /// <summary>What the generator knows about the member.</summary>
    public JsonMemberFlags Flags { get; }

    internal string? JsonName { get; init; }

    internal JsonConverter? Converter { get; init; }

    internal int Order { get; init; }

    internal JsonNumberHandling? NumberHandling { get; init; }

    internal JsonObjectCreationHandling? ObjectCreationHandling { get; init; }

    internal abstract JsonPropertyInfo CreateProperty(JsonSerializerOptions options, Type declaringType);

    /// <summary>The creator argument at <paramref name="position"/> that sets this member.</summary>
    internal abstract JsonParameterInfoValues CreateParameter(int position);
}

/// <summary>A <see cref="JsonMember"/> of type <typeparamref name="T"/>.</summary>
internal sealed class JsonMember<T> : JsonMember
{
    public JsonMember(string name, JsonMemberFlags flags, Func<object, T?>? getter, Action<object, T?>? setter)
        : base(name, flags)
    {
        Getter = getter;
        Setter = setter;
    }

    public Func<object, T?>? Getter { get; }

    public Action<object, T?>? Setter { get; }

    internal override JsonPropertyInfo CreateProperty(JsonSerializerOptions options, Type declaringType)
        => JsonMetadataHelpers.CreateProperty(options, declaringType, this);

    internal override JsonParameterInfoValues CreateParameter(int position)
        => JsonMetadataHelpers.Parameter<T>(
            Name,
            position,
            // A value type's nullability is its type (T? or not); a reference's is the member's annotation.
            nullable: default(T) is null && (Flags & JsonMemberFlags.NotNullSet) == 0,
            memberInitializer: (Flags & JsonMemberFlags.MemberInitializer) != 0);
}
