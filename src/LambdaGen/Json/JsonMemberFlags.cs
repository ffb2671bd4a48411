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
}
