using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LambdaGen.Json;

/// <summary>
/// Shared building blocks for the JSON metadata LambdaGen generates, so that each generated type costs a line or
/// two instead of a page. Everything here is the public <c>System.Text.Json.Serialization.Metadata</c> API: no
/// reflection, trimming- and AOT-safe. Used by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonMetadataHelpers
{
    /// <summary>The wire naming policy for a LambdaGen naming name (<c>camelCase</c>, <c>PascalCase</c>, <c>snake_case</c>, <c>kebab-case</c>).</summary>
    public static JsonNamingPolicy? NamingPolicy(string? naming) => naming switch
    {
        null or "" or "camelCase" => JsonNamingPolicy.CamelCase,
        "PascalCase" => null,
        "snake_case" => JsonNamingPolicy.SnakeCaseLower,
        "SNAKE_CASE" => JsonNamingPolicy.SnakeCaseUpper,
        "kebab-case" => JsonNamingPolicy.KebabCaseLower,
        "KEBAB-CASE" => JsonNamingPolicy.KebabCaseUpper,
        _ => throw new ArgumentOutOfRangeException(nameof(naming), naming, "Unknown JSON naming."),
    };

    /// <summary>
    /// The application's read-only options: its naming, case-insensitive reads, and the resolvers in order
    /// (the first that knows a type wins), ending with the built-in primitive types.
    /// </summary>
    public static JsonSerializerOptions CreateOptions(string? naming, params IJsonTypeInfoResolver?[] resolvers)
    {
        var chain = new List<IJsonTypeInfoResolver>(resolvers.Length + 1);
        foreach (var resolver in resolvers)
        {
            if (resolver is not null)
            {
                chain.Add(resolver);
            }
        }

        chain.Add(PrimitiveResolver.Instance);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = NamingPolicy(naming),
            PropertyNameCaseInsensitive = true,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(chain.ToArray()),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>A type handled by one converter (a primitive, an enum, a type with <c>[JsonConverter]</c>).</summary>
    public static JsonTypeInfo<T> Value<T>(JsonSerializerOptions options, JsonConverter converter)
        => JsonMetadataServices.CreateValueInfo<T>(options, Expand<T>(converter, options));

    /// <summary>An enum written as its member name (honours <c>[JsonStringEnumMemberName]</c> on .NET 9+).</summary>
    public static JsonTypeInfo<T> StringEnum<T>(JsonSerializerOptions options) where T : struct, Enum
        => Value<T>(options, new JsonStringEnumConverter<T>());

    /// <summary>An enum written as its number.</summary>
    public static JsonTypeInfo<T> NumberEnum<T>(JsonSerializerOptions options) where T : struct, Enum
        => JsonMetadataServices.CreateValueInfo<T>(options, JsonMetadataServices.GetEnumConverter<T>(options));

    /// <summary><c>T?</c> for a value type, through the metadata of <typeparamref name="T"/>.</summary>
    public static JsonTypeInfo<T?> Nullable<T>(JsonSerializerOptions options) where T : struct
        => JsonMetadataServices.CreateValueInfo<T?>(options, JsonMetadataServices.GetNullableConverter<T>(options));

    /// <summary>An object created by its parameterless constructor (or not creatable when <paramref name="create"/> is null).</summary>
    public static JsonTypeInfo<T> Object<T>(JsonSerializerOptions options, Func<T>? create, params JsonMember[] members)
        where T : notnull
        => CreateObject(options, create, null, null, members);

    /// <summary>
    /// An object read through a constructor with arguments (or an object initializer): the creator's arguments are the
    /// members flagged <see cref="JsonMemberFlags.Parameter"/>, in member order, so generated code does not list them twice.
    /// </summary>
    public static JsonTypeInfo<T> Record<T>(JsonSerializerOptions options, Func<object[], T> create, params JsonMember[] members)
        where T : notnull
        => CreateObject(options, null, create, () => ParametersOf(members), members);

    /// <summary>An object read through a constructor whose parameters do not map one to one onto its members (defaults, other names).</summary>
    public static JsonTypeInfo<T> Record<T>(JsonSerializerOptions options, Func<object[], T> create, JsonParameterInfoValues[] parameters, params JsonMember[] members)
        where T : notnull
        => CreateObject(options, null, create, () => parameters, members);

    /// <summary>The type-level handling attributes (<c>[JsonNumberHandling]</c>, <c>[JsonUnmappedMemberHandling]</c>, <c>[JsonObjectCreationHandling]</c>).</summary>
    public static JsonTypeInfo<T> With<T>(
        JsonTypeInfo<T> info,
        JsonNumberHandling? numberHandling = null,
        JsonUnmappedMemberHandling? unmappedMemberHandling = null,
        JsonObjectCreationHandling? objectCreationHandling = null)
    {
        info.NumberHandling = numberHandling;
        if (unmappedMemberHandling is { } unmapped)
        {
            info.UnmappedMemberHandling = unmapped;
        }

        if (objectCreationHandling is { } creation)
        {
            info.PreferredPropertyObjectCreationHandling = creation;
        }

        return info;
    }

    private static JsonTypeInfo<T> CreateObject<T>(JsonSerializerOptions options, Func<T>? create, Func<object[], T>? createWithArguments, Func<JsonParameterInfoValues[]>? parameters, JsonMember[] members)
        where T : notnull
    {
        var values = new JsonObjectInfoValues<T>
        {
            ObjectCreator = create,
            ObjectWithParameterizedConstructorCreator = createWithArguments,
            PropertyMetadataInitializer = _ => PropertiesOf(options, typeof(T), members),
            ConstructorParameterMetadataInitializer = parameters,
        };
        return JsonMetadataServices.CreateObjectInfo(options, values);
    }

    private static JsonPropertyInfo[] PropertiesOf(JsonSerializerOptions options, Type declaringType, JsonMember[] members)
    {
        var properties = new JsonPropertyInfo[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            properties[i] = members[i].CreateProperty(options, declaringType);
        }

        return properties;
    }

    private static JsonParameterInfoValues[] ParametersOf(JsonMember[] members)
    {
        var parameters = new List<JsonParameterInfoValues>(members.Length);
        foreach (var member in members)
        {
            if ((member.Flags & JsonMemberFlags.Parameter) != 0)
            {
                parameters.Add(member.CreateParameter(parameters.Count));
            }
        }

        return parameters.ToArray();
    }

    /// <summary>
    /// One property or field, described before the options exist: the JSON property is created when System.Text.Json
    /// first asks for the declaring type's members.
    /// </summary>
    public static JsonMember P<T>(
        string name,
        Func<object, T?>? getter,
        JsonMemberFlags flags = JsonMemberFlags.None,
        Action<object, T?>? setter = null,
        string? jsonName = null,
        JsonConverter? converter = null,
        int order = 0,
        JsonNumberHandling? numberHandling = null,
        JsonObjectCreationHandling? objectCreationHandling = null)
        => new JsonMember<T>(name, flags, getter, (flags & JsonMemberFlags.InitOnly) != 0 ? InitOnlySetter<T>.Instance : setter)
        {
            JsonName = jsonName,
            Converter = converter,
            Order = order,
            NumberHandling = numberHandling,
            ObjectCreationHandling = objectCreationHandling,
        };

    internal static JsonPropertyInfo CreateProperty<T>(JsonSerializerOptions options, Type declaringType, JsonMember<T> member)
    {
        var flags = member.Flags;
        var values = new JsonPropertyInfoValues<T>
        {
            IsProperty = (flags & JsonMemberFlags.Field) == 0,
            IsPublic = (flags & JsonMemberFlags.NonPublic) == 0,
            IsVirtual = (flags & JsonMemberFlags.Virtual) != 0,
            DeclaringType = declaringType,
            Converter = member.Converter is null ? null : (JsonConverter<T>)Expand<T>(member.Converter, options),
            Getter = member.Getter,
            Setter = member.Setter,
            IgnoreCondition = IgnoreCondition(flags),
            HasJsonInclude = (flags & JsonMemberFlags.Include) != 0,
            IsExtensionData = (flags & JsonMemberFlags.ExtensionData) != 0,
            PropertyName = member.Name,
            JsonPropertyName = member.JsonName,
            NumberHandling = member.NumberHandling,
        };
        var property = JsonMetadataServices.CreatePropertyInfo(options, values);
        if ((flags & JsonMemberFlags.Required) != 0)
        {
            property.IsRequired = true;
        }

        if (member.Order != 0)
        {
            property.Order = member.Order;
        }

        if (member.ObjectCreationHandling is { } creation)
        {
            property.ObjectCreationHandling = creation;
        }

#if NET9_0_OR_GREATER
        if ((flags & JsonMemberFlags.NotNullGet) != 0)
        {
            property.IsGetNullable = false;
        }

        if ((flags & JsonMemberFlags.NotNullSet) != 0)
        {
            property.IsSetNullable = false;
        }
#endif
        return property;
    }

    /// <summary>
    /// The setter of an init-only or required member: System.Text.Json requires one for required members, but the value
    /// always arrives through the creator, so it is never called.
    /// </summary>
    private static class InitOnlySetter<T>
    {
        public static readonly Action<object, T?> Instance = static (_, _) => throw new InvalidOperationException("Init-only members are set through the constructor delegate.");
    }

    /// <summary>A constructor parameter (or, with <paramref name="memberInitializer"/>, an init-only or required member set in the object initializer).</summary>
    public static JsonParameterInfoValues Parameter<T>(string name, int position, bool nullable = true, bool memberInitializer = false, bool hasDefault = false, object? defaultValue = null)
    {
#if NET9_0_OR_GREATER
        return new JsonParameterInfoValues
        {
            Name = name,
            ParameterType = typeof(T),
            Position = position,
            HasDefaultValue = hasDefault,
            DefaultValue = defaultValue,
            IsNullable = nullable,
            IsMemberInitializer = memberInitializer,
        };
#else
        _ = nullable;
        _ = memberInitializer;
        return new JsonParameterInfoValues
        {
            Name = name,
            ParameterType = typeof(T),
            Position = position,
            HasDefaultValue = hasDefault,
            DefaultValue = defaultValue,
        };
#endif
    }

    /// <summary><c>T[]</c>.</summary>
    public static JsonTypeInfo<T[]> Array<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateArrayInfo(options, new JsonCollectionInfoValues<T[]>());

    /// <summary><c>List&lt;T&gt;</c>.</summary>
    public static JsonTypeInfo<List<T>> List<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateListInfo<List<T>, T>(options, new JsonCollectionInfoValues<List<T>> { ObjectCreator = static () => new List<T>() });

    /// <summary><c>IList&lt;T&gt;</c> (read as a <c>List&lt;T&gt;</c>).</summary>
    public static JsonTypeInfo<IList<T>> IList<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateIListInfo<IList<T>, T>(options, new JsonCollectionInfoValues<IList<T>>());

    /// <summary><c>ICollection&lt;T&gt;</c> (read as a <c>List&lt;T&gt;</c>).</summary>
    public static JsonTypeInfo<ICollection<T>> ICollection<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateICollectionInfo<ICollection<T>, T>(options, new JsonCollectionInfoValues<ICollection<T>>());

    /// <summary><c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c> (read as a <c>List&lt;T&gt;</c>).</summary>
    public static JsonTypeInfo<TCollection> Enumerable<TCollection, T>(JsonSerializerOptions options) where TCollection : IEnumerable<T>
        => JsonMetadataServices.CreateIEnumerableInfo<TCollection, T>(options, new JsonCollectionInfoValues<TCollection>());

    /// <summary><c>HashSet&lt;T&gt;</c>.</summary>
    public static JsonTypeInfo<HashSet<T>> HashSet<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateISetInfo<HashSet<T>, T>(options, new JsonCollectionInfoValues<HashSet<T>> { ObjectCreator = static () => new HashSet<T>() });

    /// <summary><c>ISet&lt;T&gt;</c> (read as a <c>HashSet&lt;T&gt;</c>).</summary>
    public static JsonTypeInfo<ISet<T>> ISet<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateISetInfo<ISet<T>, T>(options, new JsonCollectionInfoValues<ISet<T>>());

    /// <summary><c>Queue&lt;T&gt;</c>.</summary>
    public static JsonTypeInfo<Queue<T>> Queue<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateQueueInfo<Queue<T>, T>(options, new JsonCollectionInfoValues<Queue<T>> { ObjectCreator = static () => new Queue<T>() });

    /// <summary><c>Stack&lt;T&gt;</c>.</summary>
    public static JsonTypeInfo<Stack<T>> Stack<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateStackInfo<Stack<T>, T>(options, new JsonCollectionInfoValues<Stack<T>> { ObjectCreator = static () => new Stack<T>() });

    /// <summary><c>Dictionary&lt;TKey, TValue&gt;</c>.</summary>
    public static JsonTypeInfo<Dictionary<TKey, TValue>> Dictionary<TKey, TValue>(JsonSerializerOptions options) where TKey : notnull
        => JsonMetadataServices.CreateDictionaryInfo<Dictionary<TKey, TValue>, TKey, TValue>(options, new JsonCollectionInfoValues<Dictionary<TKey, TValue>> { ObjectCreator = static () => new Dictionary<TKey, TValue>() });

    /// <summary><c>IDictionary&lt;TKey, TValue&gt;</c> (read as a <c>Dictionary</c>).</summary>
    public static JsonTypeInfo<IDictionary<TKey, TValue>> IDictionary<TKey, TValue>(JsonSerializerOptions options) where TKey : notnull
        => JsonMetadataServices.CreateIDictionaryInfo<IDictionary<TKey, TValue>, TKey, TValue>(options, new JsonCollectionInfoValues<IDictionary<TKey, TValue>>());

    /// <summary><c>IReadOnlyDictionary&lt;TKey, TValue&gt;</c> (read as a <c>Dictionary</c>).</summary>
    public static JsonTypeInfo<IReadOnlyDictionary<TKey, TValue>> IReadOnlyDictionary<TKey, TValue>(JsonSerializerOptions options) where TKey : notnull
        => JsonMetadataServices.CreateIReadOnlyDictionaryInfo<IReadOnlyDictionary<TKey, TValue>, TKey, TValue>(options, new JsonCollectionInfoValues<IReadOnlyDictionary<TKey, TValue>> { ObjectCreator = static () => new Dictionary<TKey, TValue>() });

    /// <summary><c>ImmutableArray&lt;T&gt;</c>.</summary>
    public static JsonTypeInfo<ImmutableArray<T>> ImmutableArray<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateImmutableEnumerableInfo<ImmutableArray<T>, T>(options, new JsonCollectionInfoValues<ImmutableArray<T>>(), static items => System.Collections.Immutable.ImmutableArray.CreateRange(items));

    /// <summary><c>ImmutableList&lt;T&gt;</c>.</summary>
    public static JsonTypeInfo<ImmutableList<T>> ImmutableList<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateImmutableEnumerableInfo<ImmutableList<T>, T>(options, new JsonCollectionInfoValues<ImmutableList<T>>(), static items => System.Collections.Immutable.ImmutableList.CreateRange(items));

    /// <summary><c>IImmutableList&lt;T&gt;</c> (read as an <c>ImmutableList&lt;T&gt;</c>).</summary>
    public static JsonTypeInfo<IImmutableList<T>> IImmutableList<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateImmutableEnumerableInfo<IImmutableList<T>, T>(options, new JsonCollectionInfoValues<IImmutableList<T>>(), static items => System.Collections.Immutable.ImmutableList.CreateRange(items));

    /// <summary><c>ImmutableHashSet&lt;T&gt;</c>.</summary>
    public static JsonTypeInfo<ImmutableHashSet<T>> ImmutableHashSet<T>(JsonSerializerOptions options)
        => JsonMetadataServices.CreateImmutableEnumerableInfo<ImmutableHashSet<T>, T>(options, new JsonCollectionInfoValues<ImmutableHashSet<T>>(), static items => System.Collections.Immutable.ImmutableHashSet.CreateRange(items));

    /// <summary><c>ImmutableDictionary&lt;TKey, TValue&gt;</c>.</summary>
    public static JsonTypeInfo<ImmutableDictionary<TKey, TValue>> ImmutableDictionary<TKey, TValue>(JsonSerializerOptions options) where TKey : notnull
        => JsonMetadataServices.CreateImmutableDictionaryInfo<ImmutableDictionary<TKey, TValue>, TKey, TValue>(options, new JsonCollectionInfoValues<ImmutableDictionary<TKey, TValue>>(), static items => System.Collections.Immutable.ImmutableDictionary.CreateRange(items));

    /// <summary><c>IImmutableDictionary&lt;TKey, TValue&gt;</c> (read as an <c>ImmutableDictionary</c>).</summary>
    public static JsonTypeInfo<IImmutableDictionary<TKey, TValue>> IImmutableDictionary<TKey, TValue>(JsonSerializerOptions options) where TKey : notnull
        => JsonMetadataServices.CreateImmutableDictionaryInfo<IImmutableDictionary<TKey, TValue>, TKey, TValue>(options, new JsonCollectionInfoValues<IImmutableDictionary<TKey, TValue>>(), static items => System.Collections.Immutable.ImmutableDictionary.CreateRange(items));

    private static JsonIgnoreCondition? IgnoreCondition(JsonMemberFlags flags)
    {
        if ((flags & JsonMemberFlags.IgnoreAlways) != 0)
        {
            return JsonIgnoreCondition.Always;
        }

        if ((flags & JsonMemberFlags.IgnoreWhenWritingNull) != 0)
        {
            return JsonIgnoreCondition.WhenWritingNull;
        }

        if ((flags & JsonMemberFlags.IgnoreWhenWritingDefault) != 0)
        {
            return JsonIgnoreCondition.WhenWritingDefault;
        }

        if ((flags & JsonMemberFlags.IgnoreNever) != 0)
        {
            return JsonIgnoreCondition.Never;
        }
#if NET9_0_OR_GREATER
        if ((flags & JsonMemberFlags.IgnoreWhenWriting) != 0)
        {
            return JsonIgnoreCondition.WhenWriting;
        }

        if ((flags & JsonMemberFlags.IgnoreWhenReading) != 0)
        {
            return JsonIgnoreCondition.WhenReading;
        }
#endif
        return null;
    }

    /// <summary>A converter factory (such as <c>JsonStringEnumConverter&lt;T&gt;</c>) turned into the converter for <typeparamref name="T"/>.</summary>
    private static JsonConverter Expand<T>(JsonConverter converter, JsonSerializerOptions options)
        => converter is JsonConverterFactory factory
            ? factory.CreateConverter(typeof(T), options) ?? throw new InvalidOperationException($"The converter factory '{factory.GetType()}' returned null for '{typeof(T)}'.")
            : converter;

    /// <summary>The types System.Text.Json has built-in converters for, so that generated code never lists them.</summary>
    private sealed class PrimitiveResolver : IJsonTypeInfoResolver
    {
        public static readonly PrimitiveResolver Instance = new();

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            var converter = Converter(type);
            return converter is null ? null : Create(type, converter, options);
        }

        private static JsonConverter? Converter(Type type)
        {
            if (type == typeof(string)) return JsonMetadataServices.StringConverter;
            if (type == typeof(int)) return JsonMetadataServices.Int32Converter;
            if (type == typeof(long)) return JsonMetadataServices.Int64Converter;
            if (type == typeof(bool)) return JsonMetadataServices.BooleanConverter;
            if (type == typeof(double)) return JsonMetadataServices.DoubleConverter;
            if (type == typeof(decimal)) return JsonMetadataServices.DecimalConverter;
            if (type == typeof(Guid)) return JsonMetadataServices.GuidConverter;
            if (type == typeof(DateTime)) return JsonMetadataServices.DateTimeConverter;
            if (type == typeof(DateTimeOffset)) return JsonMetadataServices.DateTimeOffsetConverter;
            if (type == typeof(DateOnly)) return JsonMetadataServices.DateOnlyConverter;
            if (type == typeof(TimeOnly)) return JsonMetadataServices.TimeOnlyConverter;
            if (type == typeof(TimeSpan)) return JsonMetadataServices.TimeSpanConverter;
            if (type == typeof(float)) return JsonMetadataServices.SingleConverter;
            if (type == typeof(short)) return JsonMetadataServices.Int16Converter;
            if (type == typeof(byte)) return JsonMetadataServices.ByteConverter;
            if (type == typeof(sbyte)) return JsonMetadataServices.SByteConverter;
            if (type == typeof(ushort)) return JsonMetadataServices.UInt16Converter;
            if (type == typeof(uint)) return JsonMetadataServices.UInt32Converter;
            if (type == typeof(ulong)) return JsonMetadataServices.UInt64Converter;
            if (type == typeof(char)) return JsonMetadataServices.CharConverter;
            if (type == typeof(Int128)) return JsonMetadataServices.Int128Converter;
            if (type == typeof(UInt128)) return JsonMetadataServices.UInt128Converter;
            if (type == typeof(Half)) return JsonMetadataServices.HalfConverter;
            if (type == typeof(byte[])) return JsonMetadataServices.ByteArrayConverter;
            if (type == typeof(Memory<byte>)) return JsonMetadataServices.MemoryByteConverter;
            if (type == typeof(ReadOnlyMemory<byte>)) return JsonMetadataServices.ReadOnlyMemoryByteConverter;
            if (type == typeof(Uri)) return JsonMetadataServices.UriConverter;
            if (type == typeof(Version)) return JsonMetadataServices.VersionConverter;
            if (type == typeof(JsonElement)) return JsonMetadataServices.JsonElementConverter;
            if (type == typeof(JsonDocument)) return JsonMetadataServices.JsonDocumentConverter;
            if (type == typeof(JsonNode)) return JsonMetadataServices.JsonNodeConverter;
            if (type == typeof(JsonObject)) return JsonMetadataServices.JsonObjectConverter;
            if (type == typeof(JsonArray)) return JsonMetadataServices.JsonArrayConverter;
            if (type == typeof(JsonValue)) return JsonMetadataServices.JsonValueConverter;
            if (type == typeof(object)) return JsonMetadataServices.ObjectConverter;
            return null;
        }

        private static JsonTypeInfo Create(Type type, JsonConverter converter, JsonSerializerOptions options)
        {
            // One generic instantiation per built-in type, written out so that AOT compiles each of them.
            if (type == typeof(string)) return JsonMetadataServices.CreateValueInfo<string>(options, converter);
            if (type == typeof(int)) return JsonMetadataServices.CreateValueInfo<int>(options, converter);
            if (type == typeof(long)) return JsonMetadataServices.CreateValueInfo<long>(options, converter);
            if (type == typeof(bool)) return JsonMetadataServices.CreateValueInfo<bool>(options, converter);
            if (type == typeof(double)) return JsonMetadataServices.CreateValueInfo<double>(options, converter);
            if (type == typeof(decimal)) return JsonMetadataServices.CreateValueInfo<decimal>(options, converter);
            if (type == typeof(Guid)) return JsonMetadataServices.CreateValueInfo<Guid>(options, converter);
            if (type == typeof(DateTime)) return JsonMetadataServices.CreateValueInfo<DateTime>(options, converter);
            if (type == typeof(DateTimeOffset)) return JsonMetadataServices.CreateValueInfo<DateTimeOffset>(options, converter);
            if (type == typeof(DateOnly)) return JsonMetadataServices.CreateValueInfo<DateOnly>(options, converter);
            if (type == typeof(TimeOnly)) return JsonMetadataServices.CreateValueInfo<TimeOnly>(options, converter);
            if (type == typeof(TimeSpan)) return JsonMetadataServices.CreateValueInfo<TimeSpan>(options, converter);
            if (type == typeof(float)) return JsonMetadataServices.CreateValueInfo<float>(options, converter);
            if (type == typeof(short)) return JsonMetadataServices.CreateValueInfo<short>(options, converter);
            if (type == typeof(byte)) return JsonMetadataServices.CreateValueInfo<byte>(options, converter);
            if (type == typeof(sbyte)) return JsonMetadataServices.CreateValueInfo<sbyte>(options, converter);
            if (type == typeof(ushort)) return JsonMetadataServices.CreateValueInfo<ushort>(options, converter);
            if (type == typeof(uint)) return JsonMetadataServices.CreateValueInfo<uint>(options, converter);
            if (type == typeof(ulong)) return JsonMetadataServices.CreateValueInfo<ulong>(options, converter);
            if (type == typeof(char)) return JsonMetadataServices.CreateValueInfo<char>(options, converter);
            if (type == typeof(Int128)) return JsonMetadataServices.CreateValueInfo<Int128>(options, converter);
            if (type == typeof(UInt128)) return JsonMetadataServices.CreateValueInfo<UInt128>(options, converter);
            if (type == typeof(Half)) return JsonMetadataServices.CreateValueInfo<Half>(options, converter);
            if (type == typeof(byte[])) return JsonMetadataServices.CreateValueInfo<byte[]>(options, converter);
            if (type == typeof(Memory<byte>)) return JsonMetadataServices.CreateValueInfo<Memory<byte>>(options, converter);
            if (type == typeof(ReadOnlyMemory<byte>)) return JsonMetadataServices.CreateValueInfo<ReadOnlyMemory<byte>>(options, converter);
            if (type == typeof(Uri)) return JsonMetadataServices.CreateValueInfo<Uri>(options, converter);
            if (type == typeof(Version)) return JsonMetadataServices.CreateValueInfo<Version>(options, converter);
            if (type == typeof(JsonElement)) return JsonMetadataServices.CreateValueInfo<JsonElement>(options, converter);
            if (type == typeof(JsonDocument)) return JsonMetadataServices.CreateValueInfo<JsonDocument>(options, converter);
            if (type == typeof(JsonNode)) return JsonMetadataServices.CreateValueInfo<JsonNode>(options, converter);
            if (type == typeof(JsonObject)) return JsonMetadataServices.CreateValueInfo<JsonObject>(options, converter);
            if (type == typeof(JsonArray)) return JsonMetadataServices.CreateValueInfo<JsonArray>(options, converter);
            if (type == typeof(JsonValue)) return JsonMetadataServices.CreateValueInfo<JsonValue>(options, converter);
            return JsonMetadataServices.CreateValueInfo<object>(options, converter);
        }
    }
}
