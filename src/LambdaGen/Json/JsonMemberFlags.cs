using System;
using System.ComponentModel;

namespace LambdaGen.Json;

/// <summary>What generated metadata says about one member. Used by generated code only.</summary>
[Flags]
[EditorBrowsable(EditorBrowsableState.Never)]
public enum JsonMemberFlags
{
    /// <summary>A public read/write property with default handling.</summary>
    None = 0,
    /// <summary><c>[JsonIgnore]</c> (always).</summary>
    IgnoreAlways = 1 << 0,
    /// <summary><c>[JsonIgnore(Condition = WhenWritingDefault)]</c>.</summary>
    IgnoreWhenWritingDefault = 1 << 1,
    /// <summary><c>[JsonIgnore(Condition = WhenWritingNull)]</c>.</summary>
    IgnoreWhenWritingNull = 1 << 2,
    /// <summary><c>[JsonIgnore(Condition = Never)]</c>.</summary>
    IgnoreNever = 1 << 3,
    /// <summary><c>[JsonIgnore(Condition = WhenWriting)]</c> (.NET 9+).</summary>
    IgnoreWhenWriting = 1 << 4,
    /// <summary><c>[JsonIgnore(Condition = WhenReading)]</c> (.NET 9+).</summary>
    IgnoreWhenReading = 1 << 5,
    /// <summary><c>required</c> or <c>[JsonRequired]</c>.</summary>
    Required = 1 << 6,
    /// <summary><c>[JsonInclude]</c>.</summary>
    Include = 1 << 7,
    /// <summary><c>[JsonExtensionData]</c>.</summary>
    ExtensionData = 1 << 8,
    /// <summary>The getter never returns null (non-nullable reference type).</summary>
    NotNullGet = 1 << 9,
    /// <summary>The setter does not accept null (non-nullable reference type).</summary>
    NotNullSet = 1 << 10,
    /// <summary>A field rather than a property.</summary>
    Field = 1 << 11,
    /// <summary>A virtual property.</summary>
    Virtual = 1 << 12,
    /// <summary>A non-public member (internal, with <c>[JsonInclude]</c>).</summary>
    NonPublic = 1 << 13,
    /// <summary>Also an argument of the parameterized creator: a constructor parameter, or with <see cref="MemberInitializer"/> a member of its object initializer.</summary>
    Parameter = 1 << 14,
    /// <summary>The creator argument is assigned in the object initializer (an init-only or required member), not passed to the constructor.</summary>
    MemberInitializer = 1 << 15,
    /// <summary>Init-only or required: the value arrives through the creator, so the setter only exists to satisfy System.Text.Json.</summary>
    InitOnly = 1 << 16,
    /// <summary>A non-nullable reference: <see cref="NotNullGet"/> and <see cref="NotNullSet"/>.</summary>
    NotNull = NotNullGet | NotNullSet,
    /// <summary>A positional record property: a constructor parameter with an init-only accessor.</summary>
    Positional = Parameter | InitOnly,
}
